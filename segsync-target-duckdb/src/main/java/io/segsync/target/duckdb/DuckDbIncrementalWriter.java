package io.segsync.target.duckdb;

import io.segsync.core.change.ChangeRecord;
import io.segsync.core.change.ChangeTables;
import io.segsync.core.fault.FaultPoints;
import io.segsync.core.record.Row;
import io.segsync.core.record.RowKey;
import io.segsync.core.record.TableSchema;
import io.segsync.core.target.IncrementalWriter;
import io.segsync.core.target.JdbcTransactions;
import io.segsync.core.target.StreamState;
import io.segsync.core.target.TargetException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * In-place changes to one DuckDB table. Rows and change rows go through the appender into staging
 * tables; a checkpoint merges them, applies soft deletes, and writes the state and the change
 * sequence in one transaction, then empties the staging tables in that same transaction.
 */
final class DuckDbIncrementalWriter implements IncrementalWriter {
    private static final int KEYS_PER_QUERY = 500;

    private final Connection connection;
    private final String namespace;
    private TableSchema schema;
    private final boolean changeTables;
    private final MetaTables meta;
    private final String base;
    private final String stage;
    private final String changeTable;
    private final String changeStage;
    private final List<RowKey> deletes = new ArrayList<>();
    private OffsetDateTime deletedAt;
    private DuckDBAppender rows;
    private final boolean tableExisted;
    private boolean tablesReady;
    private DuckDBAppender changes;

    DuckDbIncrementalWriter(Connection connection, String namespace, TableSchema schema, boolean changeTables, MetaTables meta) {
        this.connection = connection;
        this.namespace = namespace;
        this.schema = schema;
        this.changeTables = changeTables;
        this.meta = meta;
        this.base = Sql.qualified(namespace, schema.table());
        this.stage = "_segsync_stage_" + schema.table();
        this.changeTable = ChangeTables.tableName(schema);
        this.changeStage = "_segsync_stage_" + changeTable;
        this.tableExisted = !SchemaChanges.existing(connection, namespace, schema.table()).isEmpty();
    }

    /**
     * Creates the tables on the first write, not on open: a stream the API refuses before its first
     * page leaves no empty table behind, while one that is simply empty gets its table at checkpoint.
     */
    private void ensureTables() {
        if (tablesReady) {
            return;
        }
        tablesReady = true;
        execute(Sql.createTableIfMissing(namespace, schema.table(), schema));
        // The schema may have evolved before the first write (a field Segment added): bring the stored table along.
        SchemaChanges.align(connection, namespace, schema.table(), schema);
        execute("DROP TABLE IF EXISTS " + Sql.qualified(namespace, stage));
        execute(Sql.createTable(namespace, stage, schema));
        if (changeTables) {
            execute(Sql.createChangeTable("CREATE TABLE IF NOT EXISTS ", namespace, changeTable, schema));
            SchemaChanges.align(connection, namespace, changeTable, schema);
            execute("DROP TABLE IF EXISTS " + Sql.qualified(namespace, changeStage));
            execute(Sql.createChangeTable("CREATE TABLE ", namespace, changeStage, schema));
        }
    }

    @Override
    public Map<RowKey, String> liveHashes() {
        if (!tableExisted) {
            return Map.of();
        }
        return hashes("SELECT " + keyColumns() + ", " + Sql.quote(TableSchema.ROW_HASH) + " FROM " + base
                + " WHERE NOT " + Sql.quote(TableSchema.DELETED), List.of());
    }

    @Override
    public Map<RowKey, String> hashesOf(Collection<RowKey> keys) {
        Map<RowKey, String> out = new HashMap<>();
        if (!tableExisted && !tablesReady) {
            return out;
        }
        List<RowKey> all = new ArrayList<>(keys);
        for (int from = 0; from < all.size(); from += KEYS_PER_QUERY) {
            List<RowKey> chunk = all.subList(from, Math.min(all.size(), from + KEYS_PER_QUERY));
            List<String> predicates = new ArrayList<>();
            List<Object> params = new ArrayList<>();
            for (RowKey key : chunk) {
                predicates.add(schema.primaryKey().size() == 1 ? "?" : "(" + Sql.keyPredicate(schema) + ")");
                params.addAll(key.values());
            }
            // One key column: an IN list, which DuckDB answers from the key's index; an OR of
            // predicates scans the table once per key.
            String where = schema.primaryKey().size() == 1
                    ? Sql.quote(schema.primaryKey().get(0)) + " IN (" + String.join(", ", predicates) + ")"
                    : String.join(" OR ", predicates);
            out.putAll(hashes("SELECT " + keyColumns() + ", " + Sql.quote(TableSchema.ROW_HASH) + " FROM " + base
                    + " WHERE " + where, params));
        }
        return out;
    }

    private Map<RowKey, String> hashes(String sql, List<Object> params) {
        Map<RowKey, String> out = new HashMap<>();
        int keyCount = schema.primaryKey().size();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<Object> key = new ArrayList<>(keyCount);
                    for (int i = 1; i <= keyCount; i++) {
                        key.add(rs.getObject(i));
                    }
                    out.put(new RowKey(key), rs.getString(keyCount + 1));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new TargetException("DuckDB could not read " + schema.table() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<Row> read(RowKey key) {
        if (!tableExisted && !tablesReady) {
            return Optional.empty();
        }
        try (PreparedStatement ps = connection.prepareStatement("SELECT * FROM " + base + " WHERE " + Sql.keyPredicate(schema))) {
            for (int i = 0; i < key.values().size(); i++) {
                ps.setObject(i + 1, key.values().get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(RowReader.read(rs, schema)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new TargetException("DuckDB could not read " + schema.table() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void evolve(TableSchema evolved) {
        if (!tablesReady) {
            // Nothing written yet: the tables are created (or, existing, aligned) with the evolved schema,
            // now if the table exists, so that reading its rows already sees the new columns.
            schema = evolved;
            if (tableExisted) {
                ensureTables();
            }
            return;
        }
        try {
            closeAppenders();
        } catch (SQLException e) {
            throw new TargetException("DuckDB could not flush " + schema.table() + ": " + e.getMessage(), e);
        }
        SchemaChanges.apply(connection, namespace, schema.table(), schema, evolved);
        SchemaChanges.apply(connection, namespace, stage, schema, evolved);
        if (changeTables) {
            SchemaChanges.apply(connection, namespace, changeTable, schema, evolved);
            SchemaChanges.apply(connection, namespace, changeStage, schema, evolved);
        }
        schema = evolved;
    }

    @Override
    public void upsert(Row row) {
        ensureTables();
        Object[] values = new Object[row.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = row.get(i);
        }
        AppenderLoader.appendRow(rowsAppender(), values, schema.table());
    }

    @Override
    public void softDelete(RowKey key, OffsetDateTime syncedAt) {
        ensureTables();
        deletes.add(key);
        deletedAt = syncedAt;
    }

    @Override
    public void change(ChangeRecord change) {
        ensureTables();
        AppenderLoader.appendRow(changesAppender(), ChangeTables.values(change), changeTable);
    }

    @Override
    public void checkpoint(StreamState state, long lastChangeSeq) {
        ensureTables();
        try {
            closeAppenders();
            connection.setAutoCommit(false);
            try (Statement st = connection.createStatement()) {
                st.execute("INSERT OR REPLACE INTO " + base + " SELECT * FROM " + Sql.qualified(namespace, stage));
                st.execute("DELETE FROM " + Sql.qualified(namespace, stage));
                if (changeTables) {
                    st.execute("INSERT INTO " + Sql.qualified(namespace, changeTable) + " SELECT * FROM " + Sql.qualified(namespace, changeStage));
                    st.execute("DELETE FROM " + Sql.qualified(namespace, changeStage));
                }
            }
            applyDeletes();
            FaultPoints.reached("checkpoint.after-data");
            meta.writeState(state);
            meta.writeChangeSeq(lastChangeSeq);
            FaultPoints.reached("checkpoint.after-state");
            connection.commit();
            FaultPoints.reached("checkpoint.committed");
        } catch (SQLException | RuntimeException e) {
            JdbcTransactions.rollbackQuietly(connection);
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new TargetException("DuckDB could not commit " + schema.table() + ": " + e.getMessage(), e);
        } finally {
            JdbcTransactions.restoreAutoCommit(connection);
        }
    }

    private void applyDeletes() throws SQLException {
        if (deletes.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement("UPDATE " + base + " SET " + Sql.quote(TableSchema.DELETED)
                + " = true, " + Sql.quote(TableSchema.SYNCED_AT) + " = ? WHERE " + Sql.keyPredicate(schema))) {
            for (RowKey key : deletes) {
                ps.setObject(1, deletedAt);
                for (int i = 0; i < key.values().size(); i++) {
                    ps.setObject(i + 2, key.values().get(i));
                }
                ps.executeUpdate();
            }
        }
        deletes.clear();
    }

    @Override
    public long liveCount() {
        if (!tableExisted && !tablesReady) {
            return 0;
        }
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM " + base + " WHERE NOT " + Sql.quote(TableSchema.DELETED))) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new TargetException("DuckDB could not count " + schema.table() + ": " + e.getMessage(), e);
        }
    }

    private String keyColumns() {
        List<String> quoted = new ArrayList<>();
        schema.primaryKey().forEach(k -> quoted.add(Sql.quote(k)));
        return String.join(", ", quoted);
    }

    private DuckDBAppender rowsAppender() {
        if (rows == null) {
            rows = appender(stage);
        }
        return rows;
    }

    private DuckDBAppender changesAppender() {
        if (changes == null) {
            changes = appender(changeStage);
        }
        return changes;
    }

    private DuckDBAppender appender(String table) {
        try {
            return connection.unwrap(DuckDBConnection.class).createAppender(namespace, table);
        } catch (SQLException e) {
            throw new TargetException("DuckDB refused to stage " + table + ": " + e.getMessage(), e);
        }
    }

    private void closeAppenders() throws SQLException {
        if (rows != null) {
            rows.close();
            rows = null;
        }
        if (changes != null) {
            changes.close();
            changes = null;
        }
    }


    private void execute(String sql) {
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new TargetException("DuckDB failed: " + e.getMessage(), e);
        }
    }
}
