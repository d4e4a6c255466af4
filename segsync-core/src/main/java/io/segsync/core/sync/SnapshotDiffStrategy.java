package io.segsync.core.sync;

import io.segsync.core.record.Row;
import io.segsync.core.record.RowKey;
import io.segsync.core.record.TableSchema;
import io.segsync.core.target.IncrementalWriter;
import io.segsync.core.target.StreamState;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Compares a fresh snapshot of the stream with the table, by key and row hash: new keys are inserted,
 * changed rows updated, vanished rows soft-deleted, unchanged rows left alone (and write nothing).
 * One checkpoint at the end: a crash before it leaves the table as it was, and the rerun finds the
 * same differences again.
 */
final class SnapshotDiffStrategy implements UpdateStrategy {
    @Override
    public StreamResult run(StreamRun r) {
        long started = System.nanoTime();
        TableSchema schema = r.schema();
        IncrementalWriter writer = r.session().openIncremental(schema, r.options().changeTables());
        Map<RowKey, String> live = new HashMap<>(writer.liveHashes());
        Set<RowKey> seen = new HashSet<>();
        ChangeRecorder changes = new ChangeRecorder(writer, schema, r.run(), r.sequence(), r.options().changeTables());
        SchemaFollower follower = new SchemaFollower(r.mapper(), schema, evolved -> {
            writer.evolve(evolved);
            changes.schema(evolved);
        });
        Reconciliation reconciliation = new Reconciliation();
        int hashColumn = schema.indexOf(TableSchema.ROW_HASH);
        long[] counts = new long[3]; // read incl. duplicates, pages, unchanged
        r.reader().read(r.stream(), r.mapper(), Map.of(), (rows, records, total, first) -> {
            reconciliation.page(total, first);
            counts[0] += rows.size();
            counts[1]++;
            String position = "page:" + counts[1];
            for (Row row : follower.fit(rows)) {
                RowKey key = RowKey.of(schema, row);
                if (!seen.add(key)) {
                    continue; // the API repeated a record across pages: land it once
                }
                String before = live.remove(key);
                if (before == null) {
                    changes.insert(row, position);
                } else if (before.equals(row.get(hashColumn))) {
                    counts[2]++;
                } else {
                    changes.update(writer.read(key).orElseThrow(), row, position);
                }
            }
            r.listener().pageLoaded(r.stream().name(), counts[0], counts[1], total);
        });
        for (RowKey gone : live.keySet()) {
            changes.delete(gone, r.run().startedAt(), "snapshot:end");
        }
        StreamState state = StreamState.empty(r.stream().name(), r.options().method().label());
        state.value().put("runId", r.run().runId());
        state.value().put("rows", seen.size());
        writer.checkpoint(state, r.sequence().last());
        reconciliation.checkAnnounced(r.stream().name(), counts[0]);
        reconciliation.check(r.stream().name(), seen.size(), writer.liveCount());
        return new StreamResult(r.stream().name(), seen.size(), counts[1], Duration.ofNanos(System.nanoTime() - started),
                changes.inserted, changes.updated, changes.deleted, counts[2]);
    }
}
