package io.segsync.core.target;

import io.segsync.core.record.Row;

/** Bulk-writes one stream's rows into its staging table. */
public interface StreamLoader {
    void write(Row row);

    /** Flushes what is buffered and returns the number of rows written. */
    long finish();
}
