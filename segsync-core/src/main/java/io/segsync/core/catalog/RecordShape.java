package io.segsync.core.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How an API record becomes the records a table holds, for the few streams whose natural row is not
 * the API's item: a metric's {@code series} becomes one row per time bucket, a suppression's
 * {@code subjectIds} one row per subject, and a nested key ({@code source.id}) is lifted to a column so
 * it can be part of the primary key.
 *
 * @param lifts   JSON pointer → new top-level field ({@code /source/id} → {@code sourceId}), applied first
 * @param explode the array field to make one record per element of, if any; an object element's fields
 *                join the record's, a plain element goes under {@code element}
 * @param element the field a plain (non-object) element goes under
 * @param drop    fields left out of every row: a window's {@code total}, which changes with the window
 *                asked and would make rows of the same bucket differ between runs
 */
public record RecordShape(Map<String, String> lifts, Optional<String> explode, String element, List<String> drop) {
    public static final RecordShape AS_IS = new RecordShape(Map.of(), Optional.empty(), "value", List.of());

    public RecordShape {
        lifts = Map.copyOf(new LinkedHashMap<>(lifts));
        drop = List.copyOf(drop);
    }

    public RecordShape lift(String pointer, String field) {
        Map<String, String> all = new LinkedHashMap<>(lifts);
        all.put(pointer, field);
        return new RecordShape(all, explode, element, drop);
    }

    public RecordShape explode(String arrayField, String elementField) {
        return new RecordShape(lifts, Optional.of(arrayField), elementField, drop);
    }

    public RecordShape without(String... fields) {
        return new RecordShape(lifts, explode, element, List.of(fields));
    }

    /** Whether one API item may become other than one row (so Segment's totalEntries does not count rows). */
    public boolean changesCount() {
        return explode.isPresent();
    }

    public List<ObjectNode> apply(ObjectNode record) {
        if (lifts.isEmpty() && explode.isEmpty() && drop.isEmpty()) {
            return List.of(record);
        }
        ObjectNode base = record.deepCopy();
        base.remove(drop);
        lifts.forEach((pointer, field) -> {
            JsonNode v = record.at(pointer);
            if (!v.isMissingNode()) {
                base.set(field, v);
            }
        });
        if (explode.isEmpty()) {
            return List.of(base);
        }
        JsonNode array = base.remove(explode.get());
        List<ObjectNode> out = new ArrayList<>();
        if (array == null || !array.isArray()) {
            return out;
        }
        for (JsonNode e : array) {
            ObjectNode row = base.deepCopy();
            if (e.isObject()) {
                row.setAll((ObjectNode) e);
            } else {
                row.set(element, e);
            }
            out.add(row);
        }
        return out;
    }
}
