package io.segsync.target.jdbc;

import io.segsync.core.catalog.Column;
import io.segsync.core.record.TableSchema;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What differs between the JDBC databases: connecting, identifiers and types, how rows reach a staging
 * table in bulk, how a staged batch is merged, and how a full load is published. Everything else (the
 * session, the incremental writer, the state tables) is shared and written against this interface.
 */
public interface Dialect {
    /** The product name for messages: "PostgreSQL", "MariaDB". */
    String product();

    /** Opens a connection and prepares the session (UTC, encoding); the caller closes it. */
    Connection connect(ConnectionSpec spec) throws SQLException;

    /** Checks, without writing anything, that the user may create the namespace or tables in it. */
    void checkPrivileges(Connection connection, ConnectionSpec spec) throws SQLException;

    boolean isAuthenticationFailure(SQLException e);

    boolean isUnknownDatabase(SQLException e);

    String quote(String identifier);

    default String qualified(String namespace, String table) {
        return quote(namespace) + "." + quote(table);
    }

    boolean namespaceExists(Connection connection, String namespace) throws SQLException;

    String createNamespace(String namespace);

    /** The column type; key columns may need a bounded type (MariaDB cannot index LONGTEXT). */
    String type(Column column, boolean key);

    /** The logical type of a column as information_schema names its type. */
    io.segsync.core.catalog.ColumnType logicalType(String dataType);

    /** Changes a column to a wider type, converting the stored values. */
    String alterType(String qualifiedTable, Column column);

    /** Appended to every CREATE TABLE (MariaDB: engine and a binary, no-pad collation). */
    String tableOptions();

    /** Where an incremental batch is staged: a temporary table, so a crash leaves nothing behind. */
    String incrementalStage(String namespace, String name);

    /** Drops an incremental staging table left by an earlier writer of this session. */
    String dropIncrementalStage(String stage);

    /** CREATE for {@link #incrementalStage}: the columns plus {@code _segsync_ord}, the arrival order. */
    String createIncrementalStage(String stage, List<Column> columns);

    /** Writes rows into a staging table in bulk, flushing every few thousand rows. */
    StageWriter stageWriter(Connection connection, String table, List<Column> columns);

    /** Whether a full-load staging table gets its primary key after loading (faster for PostgreSQL). */
    boolean addKeyAfterLoad();

    /** The upsert of a staged batch into its table, the last arrival of a key winning. */
    String mergeFromStage(String base, String stage, TableSchema schema);

    /** Empties a staging table inside the checkpoint's transaction. */
    String clearStage(String stage);

    /** A single-row upsert by key, with one {@code ?} per column, for the state tables. */
    String upsert(String table, List<String> columns, List<String> key);

    void bind(PreparedStatement ps, int index, Object value) throws SQLException;

    void bindJson(PreparedStatement ps, int index, String json) throws SQLException;

    OffsetDateTime readTimestamp(ResultSet rs, int index) throws SQLException;

    /** Replaces each published table by its staged copy and runs {@code writeState} as atomically as the database allows. */
    void publish(Connection connection, String namespace, List<String> tables, SqlAction writeState)
            throws SQLException;

    /** A step that may throw SQLException. */
    @FunctionalInterface
    interface SqlAction {
        void run() throws SQLException;
    }
}
