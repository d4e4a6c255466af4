package io.segsync.core.target;

import io.segsync.core.change.ChangeRecord;
import io.segsync.core.record.Row;
import io.segsync.core.record.RowKey;
import io.segsync.core.record.TableSchema;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Applies a stream's changes to its table in place. Nothing written becomes visible before
 * {@link #checkpoint}, which makes the rows, the change rows, the stream's state and the task's change
 * sequence durable in one transaction: a crash before it loses the uncommitted batch whole, a crash
 * after it loses nothing.
 */
public interface IncrementalWriter {
    /** Row hash of every live (not soft-deleted) row, by key. For snapshot diffs. */
    Map<RowKey, String> liveHashes();

    /** Row hash of the given keys that exist (live or soft-deleted rows both count). For de-duplication. */
    Map<RowKey, String> hashesOf(Collection<RowKey> keys);

    /** The current row of a key, deleted or not. */
    Optional<Row> read(RowKey key);

    /**
     * Adds the schema's new columns and widens changed types, to the table, its staging and its change
     * table, keeping every stored value.
     */
    void evolve(TableSchema schema);

    /** Inserts the row, or replaces the row of the same key. */
    void upsert(Row row);

    /** Marks a row deleted ({@code _segsync_deleted}), keeping its last values. */
    void softDelete(RowKey key, OffsetDateTime syncedAt);

    /** Appends a row to the change table; only called when the task keeps change tables. */
    void change(ChangeRecord change);

    /** Commits everything written since the last checkpoint, with the state and the last change sequence. */
    void checkpoint(StreamState state, long lastChangeSeq);

    /** Live rows in the table, for reconciliation after the final checkpoint. */
    long liveCount();
}
