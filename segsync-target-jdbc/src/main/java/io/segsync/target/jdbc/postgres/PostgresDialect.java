package io.segsync.target.jdbc.postgres;

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
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import java.util.StringJoiner;

/**
 * PostgreSQL: a schema per namespace; COPY into staging, then {@code INSERT ... ON CONFLICT}; DDL is
 * transactional, so a full load swaps every table and writes the state in one transaction.
 */
public final class PostgresDialect implements Dialect {
    private final Ddl ddl = new Ddl(this);

    @Override
    public String product() {
        return "PostgreSQL";
    }

    @Override
    public Connection connect(ConnectionSpec spec) throws SQLException {
        Properties props = new Properties();
        // Fail fast on a wrong host or port instead of the driver's long default.
        if (!spec.url().contains("connectTimeout=")) {
            props.setProperty("connectTimeout", "10");
        }
        props.setProperty("ApplicationName", "segsync");
        Connection c = new org.postgresql.Driver().connect(spec.url(), props);
        if (c == null) {
            throw new SQLException("the PostgreSQL driver does not accept this URL", "08001");
        }
        try (Statement st = c.createStatement()) {
            st.execute("SET TIME ZONE 'UTC'");
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return c;
    }

    @Override
    public void checkPrivileges(Connection connection, ConnectionSpec spec) throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT has_database_privilege(current_database(), 'CREATE'), "
                     + "EXISTS (SELECT 1 FROM pg_namespace WHERE has_schema_privilege(oid, 'CREATE') "
                     + "AND nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema'), "
                     + "current_setting('server_version_num')::int")) {
            rs.next();
            if (rs.getInt(3) < 90500) {
                throw new TargetException("PostgreSQL at " + spec.server() + " is older than 9.5; segsync needs INSERT ... ON CONFLICT: upgrade it");
            }
            if (!rs.getBoolean(1) && !rs.getBoolean(2)) {
                throw new TargetException("the PostgreSQL user '" + spec.userOrDefault() + "' may not create schemas in database '"
                        + spec.database() + "' nor tables in any schema: GRANT CREATE ON DATABASE " + spec.database()
                        + " TO " + spec.userOrDefault() + ", or create the namespace schema and grant CREATE on it");
            }
        }
    }

    @Override
    public boolean isAuthenticationFailure(SQLException e) {
        String state = String.valueOf(e.getSQLState());
        return state.startsWith("28");
    }

    @Override
    public boolean isUnknownDatabase(SQLException e) {
        return "3D000".equals(e.getSQLState());
    }

    @Override
    public String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    @Override
    public boolean namespaceExists(Connection connection, String namespace) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT 1 FROM pg_namespace WHERE nspname = ?")) {
            ps.setString(1, namespace);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    @Override
    public String createNamespace(String namespace) {
        return "CREATE SCHEMA IF NOT EXISTS " + quote(namespace);
    }

    @Override
    public String type(Column column, boolean key) {
        switch (column.type()) {
            case STRING: return "text";
            case BOOLEAN: return "boolean";
            case BIGINT: return "bigint";
            case DOUBLE: return "double precision";
            case TIMESTAMP: return "timestamptz";
            case JSON: return "jsonb";
            default: throw new IllegalStateException("unknown type " + column.type());
        }
    }

    @Override
    public ColumnType logicalType(String dataType) {
        switch (dataType.toLowerCase(java.util.Locale.ROOT)) {
            case "boolean": return ColumnType.BOOLEAN;
            case "bigint": case "integer": return ColumnType.BIGINT;
            case "double precision": return ColumnType.DOUBLE;
            case "timestamp with time zone": return ColumnType.TIMESTAMP;
            case "jsonb": case "json": return ColumnType.JSON;
            default: return ColumnType.STRING;
        }
    }

    @Override
    public String alterType(String qualifiedTable, Column column) {
        // Through text, which every type converts to and jsonb parses back (numbers and booleans are JSON).
        String type = type(column, false);
        return "ALTER TABLE " + qualifiedTable + " ALTER COLUMN " + quote(column.name()) + " TYPE " + type
                + " USING " + quote(column.name()) + "::text::" + type;
    }

    @Override
    public String tableOptions() {
        return "";
    }

    @Override
    public String incrementalStage(String namespace, String name) {
        return "pg_temp." + quote(name);
    }

    @Override
    public String dropIncrementalStage(String stage) {
        return "DROP TABLE IF EXISTS " + stage;
    }

    @Override
    public String createIncrementalStage(String stage, List<Column> columns) {
        StringJoiner cols = new StringJoiner(", ");
        for (Column c : columns) {
            cols.add(quote(c.name()) + " " + type(c, false));
        }
        cols.add(quote(StagingNames.ORDER_COLUMN) + " bigserial");
        return "CREATE TEMP TABLE " + stage + " (" + cols + ")";
    }

    @Override
    public StageWriter stageWriter(Connection connection, String table, List<Column> columns) {
        return new CopyStageWriter(connection, table, ddl.columnList(Ddl.names(columns)));
    }

    @Override
    public boolean addKeyAfterLoad() {
        return true;
    }

    @Override
    public String mergeFromStage(String base, String stage, TableSchema schema) {
        String columns = ddl.columnList(Ddl.names(schema.columns()));
        String key = ddl.columnList(schema.primaryKey());
        StringJoiner set = new StringJoiner(", ");
        for (Column c : schema.columns()) {
            if (!schema.isPrimaryKey(c.name())) {
                set.add(quote(c.name()) + " = EXCLUDED." + quote(c.name()));
            }
        }
        // ON CONFLICT refuses a key twice in one statement: keep each key's last arrival.
        return "INSERT INTO " + base + " (" + columns + ") SELECT DISTINCT ON (" + key + ") " + columns + " FROM " + stage
                + " ORDER BY " + key + ", " + quote(StagingNames.ORDER_COLUMN) + " DESC"
                + " ON CONFLICT (" + key + ") DO UPDATE SET " + set;
    }

    @Override
    public String clearStage(String stage) {
        return "TRUNCATE " + stage;
    }

    @Override
    public String upsert(String table, List<String> columns, List<String> key) {
        StringJoiner marks = new StringJoiner(", ");
        StringJoiner set = new StringJoiner(", ");
        for (String c : columns) {
            marks.add("?");
            if (!key.contains(c)) {
                set.add(quote(c) + " = EXCLUDED." + quote(c));
            }
        }
        return "INSERT INTO " + table + " (" + ddl.columnList(columns) + ") VALUES (" + marks + ") ON CONFLICT ("
                + ddl.columnList(key) + ") DO UPDATE SET " + set;
    }

    @Override
    public void bind(PreparedStatement ps, int index, Object value) throws SQLException {
        ps.setObject(index, value);
    }

    @Override
    public void bindJson(PreparedStatement ps, int index, String json) throws SQLException {
        // Types.OTHER sends the text untyped, so PostgreSQL casts it to jsonb.
        ps.setObject(index, json, Types.OTHER);
    }

    @Override
    public OffsetDateTime readTimestamp(ResultSet rs, int index) throws SQLException {
        OffsetDateTime t = rs.getObject(index, OffsetDateTime.class);
        return t == null ? null : t.withOffsetSameInstant(ZoneOffset.UTC);
    }

    /**
     * PostgreSQL DDL is transactional: drop each old table, rename its staged copy and its key into
     * place, and write the state, all in one transaction. Readers see the old tables or the new ones.
     */
    @Override
    public void publish(Connection connection, String namespace, List<String> tables, SqlAction writeState) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement st = connection.createStatement()) {
            for (String table : tables) {
                st.execute("DROP TABLE IF EXISTS " + qualified(namespace, table));
                st.execute("ALTER TABLE " + qualified(namespace, StagingNames.stage(table)) + " RENAME TO " + quote(table));
                st.execute("ALTER INDEX " + qualified(namespace, StagingNames.primaryKey(StagingNames.stage(table)))
                        + " RENAME TO " + quote(StagingNames.primaryKey(table)));
            }
            writeState.run();
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }
}
