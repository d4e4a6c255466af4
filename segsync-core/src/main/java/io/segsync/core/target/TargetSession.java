package io.segsync.core.target;

import io.segsync.core.catalog.Column;
import io.segsync.core.record.TableSchema;
import java.util.List;
import java.util.Optional;

/**
 * One run's writes to a target.
 *
 * <p>Full load: streams are staged and {@link #commit()} publishes every staged stream at once;
 * {@link #abort()} (or closing without commit) drops them, leaving the previous tables.
 *
 * <p>Reload-and-compare and CDC: {@link #openIncremental} changes a table in place, made durable by
 * its writer's checkpoints, each atomic with the stream's state.
 */
public interface TargetSession extends AutoCloseable {
    StreamLoader startFullLoad(TableSchema schema);

    /** Opens a stream for in-place changes, creating its table (and change table) when missing. */
    IncrementalWriter openIncremental(TableSchema schema, boolean changeTables);

    /** The columns the target's table already has (empty when there is no table yet). */
    List<Column> existingColumns(String table);

    /** The state a previous run committed for this stream. */
    Optional<StreamState> readState(String stream);

    /** The last {@code header__change_seq} committed for this task, 0 when none. */
    long lastChangeSeq();

    /** Drops a full-load stream staged in this run: it failed reconciliation and must not be published. */
    void discard(String table);

    /** Publishes the staged full-load streams. */
    void commit();

    void abort();

    @Override
    void close();
}
