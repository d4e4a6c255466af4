package io.segsync.target.jdbc;

import io.segsync.core.catalog.Column;
import io.segsync.core.change.ChangeTables;
import io.segsync.core.record.TableSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/** DDL and column lists shared by the dialects, built from a table schema. */
public final class Ddl {
    private final Dialect dialect;

    public Ddl(Dialect dialect) {
        this.dialect = dialect;
    }

    /** A table with its primary key (named {@code <table>_pkey}) unless {@code withKey} is false. */
    public String createTable(String namespace, String table, TableSchema schema, boolean ifMissing, boolean withKey) {
        StringJoiner columns = new StringJoiner(", ");
        for (Column c : schema.columns()) {
            boolean key = schema.isPrimaryKey(c.name());
            columns.add(dialect.quote(c.name()) + " " + dialect.type(c, key) + (key ? " NOT NULL" : ""));
        }
        if (withKey) {
            columns.add("CONSTRAINT " + dialect.quote(StagingNames.primaryKey(table)) + " PRIMARY KEY (" + columnList(schema.primaryKey()) + ")");
        }
        return "CREATE TABLE " + (ifMissing ? "IF NOT EXISTS " : "") + dialect.qualified(namespace, table)
                + " (" + columns + ")" + dialect.tableOptions();
    }

    public String addPrimaryKey(String namespace, String table, String constraint, TableSchema schema) {
        return "ALTER TABLE " + dialect.qualified(namespace, table) + " ADD CONSTRAINT " + dialect.quote(constraint)
                + " PRIMARY KEY (" + columnList(schema.primaryKey()) + ")";
    }

    /** A change table: no key, because one row key changes many times. */
    public String createChangeTable(String namespace, String table, TableSchema base) {
        StringJoiner columns = new StringJoiner(", ");
        for (Column c : ChangeTables.columns(base)) {
            columns.add(dialect.quote(c.name()) + " " + dialect.type(c, false));
        }
        return "CREATE TABLE IF NOT EXISTS " + dialect.qualified(namespace, table) + " (" + columns + ")" + dialect.tableOptions();
    }

    public String columnList(List<String> names) {
        StringJoiner out = new StringJoiner(", ");
        names.forEach(n -> out.add(dialect.quote(n)));
        return out.toString();
    }

    public static List<String> names(List<Column> columns) {
        List<String> out = new ArrayList<>(columns.size());
        columns.forEach(c -> out.add(c.name()));
        return out;
    }

    /** {@code "a" = ? AND "b" = ?} over the primary key. */
    public String keyPredicate(TableSchema schema) {
        StringJoiner where = new StringJoiner(" AND ");
        schema.primaryKey().forEach(k -> where.add(dialect.quote(k) + " = ?"));
        return where.toString();
    }
}
