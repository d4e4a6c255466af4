package io.segsync.core.catalog;

/** The logical column types every target maps to its own (DuckDB JSON, PostgreSQL jsonb, ...). */
public enum ColumnType {
    STRING,
    BOOLEAN,
    BIGINT,
    DOUBLE,
    /** An instant, stored in UTC. */
    TIMESTAMP,
    /** A nested object or array, kept whole as JSON text. */
    JSON
}
