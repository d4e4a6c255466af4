package io.segsync.target.duckdb;

import io.segsync.core.catalog.Column;
import io.segsync.core.change.ChangeTables;
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
        return createTable("CREATE TABLE ", schema, table, tableSchema);
    }

    static String createTableIfMissing(String schema, String table, TableSchema tableSchema) {
        return createTable("CREATE TABLE IF NOT EXISTS ", schema, table, tableSchema);
    }

    private static String createTable(String verb, String schema, String table, TableSchema tableSchema) {
        StringJoiner columns = new StringJoiner(", ");
        for (Column c : tableSchema.columns()) {
            columns.add(quote(c.name()) + " " + type(c) + (tableSchema.isPrimaryKey(c.name()) ? " NOT NULL" : ""));
        }
        StringJoiner key = new StringJoiner(", ");
        tableSchema.primaryKey().forEach(k -> key.add(quote(k)));
        return verb + qualified(schema, table) + " (" + columns + ", PRIMARY KEY (" + key + "))";
    }

    /** A change table: no key, because one row key changes many times. */
    static String createChangeTable(String verb, String schema, String table, TableSchema base) {
        StringJoiner columns = new StringJoiner(", ");
        for (Column c : ChangeTables.columns(base)) {
            columns.add(quote(c.name()) + " " + type(c));
        }
        return verb + qualified(schema, table) + " (" + columns + ")";
    }

    /** {@code "a" = ? AND "b" = ?} over the primary key. */
    static String keyPredicate(TableSchema tableSchema) {
        StringJoiner where = new StringJoiner(" AND ");
        tableSchema.primaryKey().forEach(k -> where.add(quote(k) + " = ?"));
        return where.toString();
    }
}
