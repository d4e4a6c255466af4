package io.segsync.target.jdbc;

/**
 * Bulk-writes rows into one staging table. Rows are buffered and sent every few thousand, so memory
 * stays bounded and the connection is free for queries between calls (no COPY is left open).
 */
public interface StageWriter {
    /** Values in the staging table's column order. */
    void add(Object[] values);

    /** Sends what is buffered. */
    void flush();

    /** Rows added so far. */
    long rows();
}
