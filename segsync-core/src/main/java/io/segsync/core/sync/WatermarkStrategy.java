package io.segsync.core.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segsync.core.record.Row;
import io.segsync.core.record.RowKey;
import io.segsync.core.record.TableSchema;
import io.segsync.core.target.IncrementalWriter;
import io.segsync.core.target.StreamState;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CDC for an append-only stream (the audit trail): reads the window from the watermark (the newest
 * timestamp landed so far, as the source's clock tells it) minus an overlap up to the run's start,
 * newest first, and checkpoints after every page, so a rerun after a
 * crash continues where the last one stopped. Records already landed (the overlap, a page read twice)
 * are recognised by key and write nothing.
 *
 * <p>State: {@code watermark} (everything older is landed) and, while a window is in progress,
 * {@code pending {start, end}}. Because pages come newest first, a committed page moves
 * {@code pending.end} down to just past its oldest record; records with that same timestamp are read
 * again and de-duplicated, so none is lost at a page boundary.
 */
final class WatermarkStrategy implements UpdateStrategy {
    @Override
    public StreamResult run(StreamRun r) {
        long started = System.nanoTime();
        TableSchema schema = r.schema();
        String name = r.stream().name();
        IncrementalWriter writer = r.session().openIncremental(schema, r.options().changeTables());
        ObjectNode previous = r.session().readState(name).map(StreamState::value).orElse(null);
        Instant watermark = instant(previous == null ? null : previous.get("watermark"));
        JsonNode pending = previous == null ? null : previous.get("pending");
        Instant start;
        Instant end;
        Instant[] newestSeen = {watermark};
        if (pending != null && pending.isObject()) {
            start = instant(pending.get("start"));
            end = instant(pending.get("end"));
            newestSeen[0] = later(watermark, instant(pending.get("newestSeen")));
        } else {
            start = watermark == null ? null : watermark.minus(r.options().overlap());
            end = r.run().startedAt().toInstant();
        }
        Map<String, String> query = new LinkedHashMap<>();
        if (start != null) {
            query.put("startTime", start.toString());
        }
        query.put("endTime", end.toString());

        ChangeRecorder changes = new ChangeRecorder(writer, schema, r.run(), r.sequence(), r.options().changeTables());
        SchemaFollower follower = new SchemaFollower(r.mapper(), schema, evolved -> {
            writer.evolve(evolved);
            changes.schema(evolved);
        });
        Reconciliation reconciliation = new Reconciliation();
        int hashColumn = schema.indexOf(TableSchema.ROW_HASH);
        int cursorColumn = schema.indexOf(io.segsync.core.catalog.Names.snakeCase(r.stream().cursorField()));
        Instant[] resumeEnd = {end};
        boolean[] descending = {true};
        Instant[] previousOldest = {null};
        long[] counts = new long[3]; // read, pages, unchanged
        r.reader().read(r.stream(), r.mapper(), query, (mapped, records, total, first) -> {
            List<Row> rows = follower.fit(mapped);
            reconciliation.page(total, first);
            counts[0] += rows.size();
            counts[1]++;
            List<RowKey> keys = new ArrayList<>(rows.size());
            rows.forEach(row -> keys.add(RowKey.of(schema, row)));
            Map<RowKey, String> existing = writer.hashesOf(keys);
            Set<RowKey> inPage = new HashSet<>();
            Instant oldest = null;
            Instant newest = null;
            String position = end + "|page:" + counts[1];
            for (int i = 0; i < rows.size(); i++) {
                Row row = rows.get(i);
                Instant at = row.get(cursorColumn) instanceof OffsetDateTime t ? t.toInstant() : null;
                if (at != null) {
                    oldest = oldest == null || at.isBefore(oldest) ? at : oldest;
                    newest = newest == null || at.isAfter(newest) ? at : newest;
                }
                if (!inPage.add(keys.get(i))) {
                    continue;
                }
                String before = existing.get(keys.get(i));
                if (before == null) {
                    changes.insert(row, position);
                } else if (before.equals(row.get(hashColumn))) {
                    counts[2]++;
                } else {
                    changes.update(writer.read(keys.get(i)).orElseThrow(), row, position);
                }
            }
            // Narrow the pending window only while the API really pages newest first.
            if (newest != null && previousOldest[0] != null && newest.isAfter(previousOldest[0])) {
                descending[0] = false;
            }
            newestSeen[0] = later(newestSeen[0], newest);
            if (oldest != null) {
                previousOldest[0] = oldest;
                if (descending[0]) {
                    resumeEnd[0] = oldest.plusMillis(1);
                }
            }
            writer.checkpoint(state(r, watermark, start, descending[0] ? resumeEnd[0] : end, newestSeen[0]), r.sequence().last());
            r.listener().pageLoaded(name, counts[0], counts[1], total);
        });
        writer.checkpoint(state(r, newestSeen[0], null, null, null), r.sequence().last());
        reconciliation.checkAnnounced(name, counts[0]);
        return new StreamResult(name, counts[0], counts[1], Duration.ofNanos(System.nanoTime() - started),
                changes.inserted, changes.updated, 0, counts[2]);
    }

    private static StreamState state(StreamRun r, Instant watermark, Instant pendingStart, Instant pendingEnd, Instant newestSeen) {
        StreamState state = StreamState.empty(r.stream().name(), r.options().method().label());
        state.value().put("runId", r.run().runId());
        if (watermark != null) {
            state.value().put("watermark", watermark.toString());
        }
        if (pendingEnd != null) {
            ObjectNode pending = state.value().putObject("pending");
            if (pendingStart != null) {
                pending.put("start", pendingStart.toString());
            }
            pending.put("end", pendingEnd.toString());
            if (newestSeen != null) {
                pending.put("newestSeen", newestSeen.toString());
            }
        }
        return state;
    }

    private static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    private static Instant instant(JsonNode node) {
        return node == null || node.isNull() || node.asText().isEmpty() ? null : Instant.parse(node.asText());
    }
}
