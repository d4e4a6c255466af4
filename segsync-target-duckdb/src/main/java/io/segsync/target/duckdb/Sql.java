package io.segsync.target.duckdb;

import io.segsync.core.catalog.Column;
import io.segsync.core.record.TableSchema;
import java.util.StringJoiner;

/** DuckDB DDL for a table schema. */
final class Sql {
    private Sql() {}

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    static String qualified(String schema, String table) {
        return quote(schema) + "." + quote(table);
    }

    static String type(Column column) {
        switch (column.type()) {
            case STRING: return "VARCHAR";
            case BOOLEAN: return "BOOLEAN";
            case BIGINT: return "BIGINT";
            case DOUBLE: return "DOUBLE";
            case TIMESTAMP: return "TIMESTAMPTZ";
            case JSON: return "JSON";
            default: throw new IllegalStateException("unknown type " + column.type());
        }
    }

    static String createTable(String schema, String table, TableSchema tableSchema) {
        StringJoiner columns = new StringJoiner(", ");
        for (Column c : tableSchema.columns()) {
            columns.add(quote(c.name()) + " " + type(c) + (tableSchema.isPrimaryKey(c.name()) ? " NOT NULL" : ""));
        }
        StringJoiner key = new StringJoiner(", ");
        tableSchema.primaryKey().forEach(k -> key.add(quote(k)));
        return "CREATE TABLE " + qualified(schema, table) + " (" + columns + ", PRIMARY KEY (" + key + "))";
    }
}
