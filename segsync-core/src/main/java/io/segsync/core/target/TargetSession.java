package io.segsync.core.target;

import io.segsync.core.record.TableSchema;

/**
 * One run's writes to a target. Streams are staged; {@link #commit()} publishes every staged stream at
 * once, and {@link #abort()} (or closing without commit) drops them, leaving the previous tables.
 */
public interface TargetSession extends AutoCloseable {
    StreamLoader startFullLoad(TableSchema schema);

    void commit();

    void abort();

    @Override
    void close();
}
