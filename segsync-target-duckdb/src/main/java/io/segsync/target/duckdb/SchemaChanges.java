package io.segsync.target.duckdb;

import io.segsync.core.catalog.Column;
import io.segsync.core.catalog.ColumnType;
import io.segsync.core.catalog.Names;
import io.segsync.core.record.SecretRedactor;
import io.segsync.core.record.TableSchema;
import io.segsync.core.target.TargetException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads a DuckDB table's columns, and brings a table to a wider schema with ADD COLUMN and ALTER TYPE. */
final class SchemaChanges {
    private SchemaChanges() {}

    static List<Column> existing(Connection connection, String namespace, String table) {
        List<Column> columns = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT column_name, data_type FROM information_schema.columns "
                + "WHERE table_schema = ? AND table_name = ? ORDER BY ordinal_position")) {
            ps.setString(1, namespace);
            ps.setString(2, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String name = rs.getString(1);
                    columns.add(new Column(name, Names.camelCase(name), type(rs.getString(2)), SecretRedactor.isSecretName(name)));
                }
            }
            return columns;
        } catch (SQLException e) {
            throw new TargetException("DuckDB could not read the columns of " + table + ": " + e.getMessage(), e);
        }
    }

    private static ColumnType type(String duckdb) {
        String t = duckdb.toUpperCase(Locale.ROOT);
        if (t.equals("BOOLEAN")) {
            return ColumnType.BOOLEAN;
        }
        if (t.equals("BIGINT") || t.equals("INTEGER")) {
            return ColumnType.BIGINT;
        }
        if (t.equals("DOUBLE")) {
            return ColumnType.DOUBLE;
        }
        if (t.startsWith("TIMESTAMP")) {
            return ColumnType.TIMESTAMP;
        }
        if (t.equals("JSON")) {
            return ColumnType.JSON;
        }
        return ColumnType.STRING;
    }

    /** Brings an existing table (a change table made by an earlier run) up to {@code target}. */
    static void align(Connection connection, String namespace, String table, TableSchema target) {
        TableSchema stored = new TableSchema(table, existing(connection, namespace, table), List.of());
        apply(connection, namespace, table, stored, target);
    }

    /** Adds to {@code table} the columns of {@code target} it lacks and changes the types that differ. */
    static void apply(Connection connection, String namespace, String table, TableSchema from, TableSchema target) {
        try (Statement st = connection.createStatement()) {
            for (Column c : target.columns()) {
                Optional<Column> had = from.column(c.name());
                if (had.isEmpty()) {
                    st.execute("ALTER TABLE " + Sql.qualified(namespace, table) + " ADD COLUMN " + Sql.quote(c.name()) + " " + Sql.type(c));
                } else if (had.get().type() != c.type()) {
                    st.execute("ALTER TABLE " + Sql.qualified(namespace, table) + " ALTER COLUMN " + Sql.quote(c.name())
                            + " SET DATA TYPE " + Sql.type(c));
                }
            }
        } catch (SQLException e) {
            throw new TargetException("DuckDB could not change the columns of " + table + ": " + e.getMessage(), e);
        }
    }
}
