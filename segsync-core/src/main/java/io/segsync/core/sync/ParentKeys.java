package io.segsync.core.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segsync.core.catalog.StreamDefinition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What children need of the parent rows read in this run: per parent stream, a tuple of the values
 * its children's bindings name (the id, a source id, the parent's own parent key). Children read only
 * these, so a child never reads a parent that is not in this run's snapshot. Only those values are
 * kept, never whole records; equal tuples are kept once.
 */
final class ParentKeys {
    private final Map<String, Set<String>> needed = new HashMap<>();
    private final Map<String, Set<Map<String, String>>> kept = new HashMap<>();

    ParentKeys(List<StreamDefinition> plan) {
        for (StreamDefinition d : plan) {
            d.parent().ifPresent(b -> b.streams().forEach(s ->
                    needed.computeIfAbsent(s, k -> new LinkedHashSet<>()).addAll(b.needsFrom(s))));
        }
    }

    boolean isNeeded(String stream) {
        return needed.containsKey(stream);
    }

    /** Keeps what children need of one record; a record lacking a needed value drives no child read. */
    void add(String stream, ObjectNode record, Map<String, String> context) {
        Map<String, String> tuple = new LinkedHashMap<>();
        for (String name : needed.getOrDefault(stream, Set.of())) {
            String value = context.get(name);
            if (value == null) {
                JsonNode v = record.get(name);
                value = v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
            }
            if (value == null || value.isEmpty()) {
                return;
            }
            tuple.put(name, value);
        }
        kept.computeIfAbsent(stream, s -> new LinkedHashSet<>()).add(tuple);
    }

    List<Map<String, String>> of(String stream) {
        return new ArrayList<>(kept.getOrDefault(stream, Set.of()));
    }
}
