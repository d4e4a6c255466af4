package io.segsync.core.sync;

import io.segsync.core.record.Row;
import io.segsync.core.record.RowKey;
import io.segsync.core.record.TableSchema;
import io.segsync.core.target.IncrementalWriter;
import io.segsync.core.target.StreamState;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * CDC for a windowed metric (usage, event volume, delivery overview): re-reads only the trailing window
 * the API still revises (the current usage month, the last two days), and upserts by key
 * (dimensions and period/bucket): new buckets are inserted, revised counts updated, unchanged ones
 * write nothing. Rows outside the window are history and are never deleted. The first run of a stream
 * (an empty table) reads the whole range, so history is there from the start.
 *
 * <p>Reload-and-compare uses the same upsert over the whole range ({@code alwaysFull}): buckets that
 * have aged out of what the API serves are history, not deletions.
 *
 * <p>One checkpoint at the end, like the snapshot diff: a crash before it leaves the table as it was,
 * and the rerun reads the same window again.
 */
final class WindowedStrategy implements UpdateStrategy {
    private final boolean alwaysFull;

    WindowedStrategy(boolean alwaysFull) {
        this.alwaysFull = alwaysFull;
    }

    @Override
    public StreamResult run(StreamRun r) {
        long started = System.nanoTime();
        TableSchema schema = r.schema();
        IncrementalWriter writer = r.session().openIncremental(schema, r.options().changeTables());
        Map<RowKey, String> live = writer.liveHashes();
        boolean trailingOnly = !alwaysFull && r.session().readState(r.stream().name()).isPresent() && !live.isEmpty();
        Set<RowKey> seen = new HashSet<>();
        ChangeRecorder changes = new ChangeRecorder(writer, schema, r.run(), r.sequence(), r.options().changeTables());
        SchemaFollower follower = new SchemaFollower(r.mapper(), schema, evolved -> {
            writer.evolve(evolved);
            changes.schema(evolved);
        });
        int hashColumn = schema.indexOf(TableSchema.ROW_HASH);
        long[] counts = new long[3]; // read, pages, unchanged
        r.reader().read(r.stream(), r.mapper(), Map.of(), trailingOnly, (rows, records, total, first) -> {
            counts[0] += rows.size();
            counts[1]++;
            String position = "page:" + counts[1];
            for (Row row : follower.fit(rows)) {
                RowKey key = RowKey.of(schema, row);
                if (!seen.add(key)) {
                    continue;
                }
                String before = live.get(key);
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
        StreamState state = StreamState.empty(r.stream().name(), r.options().method().label());
        state.value().put("runId", r.run().runId());
        state.value().put("window", trailingOnly ? "trailing" : "full");
        state.value().put("rows", seen.size());
        writer.checkpoint(state, r.sequence().last());
        return new StreamResult(r.stream().name(), seen.size(), counts[1], Duration.ofNanos(System.nanoTime() - started),
                changes.inserted, changes.updated, 0, counts[2]);
    }
}
