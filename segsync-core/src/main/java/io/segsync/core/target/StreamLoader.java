package io.segsync.core.target;

import io.segsync.core.record.Row;
import io.segsync.core.record.TableSchema;

/** Bulk-writes one stream's rows into its staging table. */
public interface StreamLoader {
    /** Rows are exactly as wide and typed as the last schema given (see {@code RowShape}). */
    void write(Row row);

    /** Adds the schema's new columns and widens changed types, keeping every row written so far. */
    void evolve(TableSchema schema);

    /** Flushes what is buffered and returns the number of rows written. */
    long finish();
}
