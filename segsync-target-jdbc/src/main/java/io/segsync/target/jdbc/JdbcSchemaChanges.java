package io.segsync.target.jdbc;

import io.segsync.core.catalog.Column;
import io.segsync.core.catalog.Names;
import io.segsync.core.record.SecretRedactor;
import io.segsync.core.record.TableSchema;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads a table's columns from information_schema, and widens a table with ADD COLUMN and type changes. */
final class JdbcSchemaChanges {
    private JdbcSchemaChanges() {}

    static List<Column> existing(Connection connection, Dialect dialect, String namespace, String table) throws SQLException {
        List<Column> columns = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT column_name, data_type FROM information_schema.columns "
                + "WHERE table_schema = ? AND table_name = ? ORDER BY ordinal_position")) {
            ps.setString(1, namespace);
            ps.setString(2, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String name = rs.getString(1);
                    columns.add(new Column(name, Names.camelCase(name), dialect.logicalType(rs.getString(2)),
                            SecretRedactor.isSecretName(name)));
                }
            }
        }
        return columns;
    }

    /** Adds the columns of {@code to} that {@code from} lacks, and changes the types that differ. */
    static void apply(Connection connection, Dialect dialect, String qualifiedTable, TableSchema from, TableSchema to)
            throws SQLException {
        try (Statement st = connection.createStatement()) {
            for (Column c : to.columns()) {
                Optional<Column> had = from.column(c.name());
                if (had.isEmpty()) {
                    st.execute("ALTER TABLE " + qualifiedTable + " ADD COLUMN " + dialect.quote(c.name()) + " "
                            + dialect.type(c, false));
                } else if (had.get().type() != c.type()) {
                    st.execute(dialect.alterType(qualifiedTable, c));
                }
            }
        }
    }
}
