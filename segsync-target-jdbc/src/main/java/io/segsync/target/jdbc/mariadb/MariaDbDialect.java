package io.segsync.target.jdbc.mariadb;

import io.segsync.core.catalog.Column;
import io.segsync.core.catalog.ColumnType;
import io.segsync.core.record.TableSchema;
import io.segsync.core.target.TargetException;
import io.segsync.target.jdbc.ConnectionSpec;
import io.segsync.target.jdbc.Ddl;
import io.segsync.target.jdbc.Dialect;
import io.segsync.target.jdbc.StageWriter;
import io.segsync.target.jdbc.StagingNames;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.StringJoiner;

/**
 * MariaDB and MySQL through MariaDB Connector/J. The namespace is a database of that name. Keys are
 * VARCHAR(255) (InnoDB cannot key LONGTEXT); text compares byte for byte (a binary, no-pad collation),
 * as in PostgreSQL and DuckDB, so "Prod" and "prod" stay two keys. Timestamps are DATETIME(6) holding
 * UTC: the session time zone is '+00:00' and values are bound as UTC local date-times.
 *
 * <p>MariaDB DDL is not transactional, so a full load is published by one atomic multi-table
 * {@code RENAME TABLE} (see {@link #publish}).
 */
public final class MariaDbDialect implements Dialect {
    private final Ddl ddl = new Ddl(this);
    private volatile String collation = "utf8mb4_bin";

    @Override
    public String product() {
        return "MariaDB";
    }

    @Override
    public Connection connect(ConnectionSpec spec) throws SQLException {
        // Connector/J 3 only takes jdbc:mysql: URLs with permitMysqlScheme; the URL means the same thing.
        String url = spec.url().replaceFirst("^jdbc:mysql:", "jdbc:mariadb:");
        Properties props = new Properties();
        if (!url.contains("connectTimeout=")) {
            props.setProperty("connectTimeout", "10000");
        }
        Connection c = new org.mariadb.jdbc.Driver().connect(url, props);
        if (c == null) {
            throw new SQLException("the MariaDB driver does not accept this URL", "08000");
        }
        try (Statement st = c.createStatement()) {
            st.execute("SET time_zone = '+00:00'");
            collation = pickCollation(st);
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return c;
    }

    /** A binary collation that also counts trailing spaces (MariaDB's nopad_bin, MySQL 8's 0900_bin). */
    private static String pickCollation(Statement st) throws SQLException {
        Set<String> available = new HashSet<>();
        try (ResultSet rs = st.executeQuery("SELECT COLLATION_NAME FROM information_schema.COLLATIONS "
                + "WHERE COLLATION_NAME IN ('utf8mb4_nopad_bin', 'utf8mb4_0900_bin')")) {
            while (rs.next()) {
                available.add(rs.getString(1));
            }
        }
        return available.contains("utf8mb4_nopad_bin") ? "utf8mb4_nopad_bin"
                : available.contains("utf8mb4_0900_bin") ? "utf8mb4_0900_bin" : "utf8mb4_bin";
    }

    @Override
    public void checkPrivileges(Connection connection, ConnectionSpec spec) throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT "
                     + "(SELECT COUNT(*) FROM information_schema.USER_PRIVILEGES WHERE PRIVILEGE_TYPE = 'CREATE'), "
                     + "(SELECT COUNT(*) FROM information_schema.SCHEMA_PRIVILEGES WHERE PRIVILEGE_TYPE = 'CREATE')")) {
            rs.next();
            if (rs.getLong(1) == 0 && rs.getLong(2) == 0) {
                throw new TargetException("the MariaDB user '" + spec.userOrDefault() + "' may not create databases or tables: "
                        + "GRANT ALL ON `segment`.* (the namespace database) TO that user, or choose another user");
            }
        }
    }

    @Override
    public boolean isAuthenticationFailure(SQLException e) {
        return e.getErrorCode() == 1045 || e.getErrorCode() == 1044 || "28000".equals(e.getSQLState());
    }

    @Override
    public boolean isUnknownDatabase(SQLException e) {
        return e.getErrorCode() == 1049;
    }

    @Override
    public String quote(String identifier) {
        return "`" + identifier.replace("`", "``") + "`";
    }

    @Override
    public boolean namespaceExists(Connection connection, String namespace) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT 1 FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?")) {
            ps.setString(1, namespace);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    @Override
    public String createNamespace(String namespace) {
        return "CREATE DATABASE IF NOT EXISTS " + quote(namespace) + " CHARACTER SET utf8mb4 COLLATE " + collation;
    }

    @Override
    public String type(Column column, boolean key) {
        switch (column.type()) {
            case STRING: return key ? "VARCHAR(255)" : "LONGTEXT";
            case BOOLEAN: return "BOOLEAN";
            case BIGINT: return "BIGINT";
            case DOUBLE: return "DOUBLE";
            case TIMESTAMP: return "DATETIME(6)";
            case JSON: return "JSON";
            default: throw new IllegalStateException("unknown type " + column.type());
        }
    }

    @Override
    public ColumnType logicalType(String dataType) {
        switch (dataType.toLowerCase(java.util.Locale.ROOT)) {
            case "tinyint": return ColumnType.BOOLEAN;
            case "bigint": case "int": return ColumnType.BIGINT;
            case "double": return ColumnType.DOUBLE;
            case "datetime": case "timestamp": return ColumnType.TIMESTAMP;
            default: return ColumnType.STRING; // JSON is LONGTEXT with a check: it reads back as text
        }
    }

    @Override
    public String alterType(String qualifiedTable, Column column) {
        return "ALTER TABLE " + qualifiedTable + " MODIFY COLUMN " + quote(column.name()) + " " + type(column, false);
    }

    @Override
    public String tableOptions() {
        return " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=" + collation;
    }

    @Override
    public String incrementalStage(String namespace, String name) {
        return qualified(namespace, name);
    }

    @Override
    public String dropIncrementalStage(String stage) {
        return "DROP TEMPORARY TABLE IF EXISTS " + stage;
    }

    @Override
    public String createIncrementalStage(String stage, List<Column> columns) {
        StringJoiner cols = new StringJoiner(", ");
        for (Column c : columns) {
            cols.add(quote(c.name()) + " " + type(c, false));
        }
        cols.add(quote(StagingNames.ORDER_COLUMN) + " BIGINT AUTO_INCREMENT PRIMARY KEY");
        // A temporary InnoDB table: transactional, private to the session, gone if the process dies.
        return "CREATE TEMPORARY TABLE " + stage + " (" + cols + ")" + tableOptions();
    }

    @Override
    public StageWriter stageWriter(Connection connection, String table, List<Column> columns) {
        return new InsertStageWriter(connection, this, table, ddl.columnList(Ddl.names(columns)), columns.size());
    }

    @Override
    public boolean addKeyAfterLoad() {
        // InnoDB clusters rows by the key: adding it later rebuilds the whole table.
        return false;
    }

    @Override
    public String mergeFromStage(String base, String stage, TableSchema schema) {
        String columns = ddl.columnList(Ddl.names(schema.columns()));
        // Rows are applied in arrival order, so a key staged twice ends with its last values.
        return "INSERT INTO " + base + " (" + columns + ") SELECT " + columns + " FROM " + stage
                + " ORDER BY " + quote(StagingNames.ORDER_COLUMN) + " ON DUPLICATE KEY UPDATE " + updates(Ddl.names(schema.columns()), schema.primaryKey());
    }

    private String updates(List<String> columns, List<String> key) {
        StringJoiner set = new StringJoiner(", ");
        for (String c : columns) {
            if (!key.contains(c)) {
                set.add(quote(c) + " = VALUES(" + quote(c) + ")");
            }
        }
        return set.toString();
    }

    @Override
    public String clearStage(String stage) {
        // Not TRUNCATE: that commits implicitly, and this runs inside the checkpoint's transaction.
        return "DELETE FROM " + stage;
    }

    @Override
    public String upsert(String table, List<String> columns, List<String> key) {
        StringJoiner marks = new StringJoiner(", ");
        columns.forEach(c -> marks.add("?"));
        return "INSERT INTO " + table + " (" + ddl.columnList(columns) + ") VALUES (" + marks + ") ON DUPLICATE KEY UPDATE "
                + updates(columns, key);
    }

    @Override
    public void bind(PreparedStatement ps, int index, Object value) throws SQLException {
        if (value instanceof OffsetDateTime t) {
            // Bound as the UTC wall-clock time, so no driver or server time zone can shift it.
            ps.setObject(index, t.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime());
        } else {
            ps.setObject(index, value);
        }
    }

    @Override
    public void bindJson(PreparedStatement ps, int index, String json) throws SQLException {
        ps.setString(index, json);
    }

    @Override
    public OffsetDateTime readTimestamp(ResultSet rs, int index) throws SQLException {
        LocalDateTime t = rs.getObject(index, LocalDateTime.class);
        return t == null ? null : t.atOffset(ZoneOffset.UTC);
    }

    /**
     * MariaDB cannot swap tables inside a transaction (DDL commits implicitly), but one
     * {@code RENAME TABLE a TO a_old, stage_a TO a, ...} statement is atomic across all its tables
     * (and crash-safe since MariaDB 10.6's atomic DDL): readers see every old table or every new one.
     *
     * <p>Steps and what a crash after each leaves: (1) leftover {@code _segsync_old_*} from an earlier
     * crash are dropped: the published tables are untouched. (2) the RENAME: before it, the old tables
     * are live and the complete staged copies wait (the next full load drops and rebuilds them); after
     * it, the new tables are live. (3) the old copies are dropped: a crash leaves {@code _segsync_old_*}
     * tables, which step 1 of the next publish removes. (4) the state rows are written in a
     * transaction: a crash before leaves the previous state next to new tables. That is safe because a
     * full load's state is informational (its row count), and the state of another method that may
     * remain is older than the data, so a later incremental run re-reads more, never less.
     */
    @Override
    public void publish(Connection connection, String namespace, List<String> tables, SqlAction writeState) throws SQLException {
        Set<String> existing = existingTables(connection, namespace);
        try (Statement st = connection.createStatement()) {
            for (String table : tables) {
                st.execute("DROP TABLE IF EXISTS " + qualified(namespace, StagingNames.old(table)));
            }
            List<String> renames = new ArrayList<>();
            List<String> olds = new ArrayList<>();
            for (String table : tables) {
                if (existing.contains(table)) {
                    renames.add(qualified(namespace, table) + " TO " + qualified(namespace, StagingNames.old(table)));
                    olds.add(qualified(namespace, StagingNames.old(table)));
                }
                renames.add(qualified(namespace, StagingNames.stage(table)) + " TO " + qualified(namespace, table));
            }
            if (!renames.isEmpty()) {
                st.execute("RENAME TABLE " + String.join(", ", renames));
            }
            if (!olds.isEmpty()) {
                st.execute("DROP TABLE IF EXISTS " + String.join(", ", olds));
            }
        }
        connection.setAutoCommit(false);
        try {
            writeState.run();
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static Set<String> existingTables(Connection connection, String namespace) throws SQLException {
        Set<String> out = new HashSet<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = ?")) {
            ps.setString(1, namespace);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }
}
