package io.segsync.target.jdbc;

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
import java.util.StringJoiner;

/**
 * In-place changes to one table. Rows and change rows are bulk-written into session-private temporary
 * staging tables as they come (bounded memory; invisible to everyone else). A checkpoint then, in ONE
 * transaction, merges the staged rows into the table (the last arrival of a key wins), appends the
 * change rows, applies soft deletes, writes the state and the change sequence, and empties the staging
 * tables. A crash before the commit leaves no trace: the temporary tables die with the connection.
 */
final class JdbcIncrementalWriter implements IncrementalWriter {
    private static final int KEYS_PER_QUERY = 500;
    private static final int FETCH_SIZE = 10_000;

    private final Connection connection;
    private final Dialect dialect;
    private TableSchema schema;
    private final String namespace;
    private final boolean tableExisted;
    private boolean tablesReady;
    private final boolean changeTables;
    private final MetaTables meta;
    private final Ddl ddl;
    private final String base;
    private final String stage;
    private final String changeTable;
    private final String changeStage;
    private StageWriter rows;
    private StageWriter changes;
    private final List<RowKey> deletes = new ArrayList<>();
    private OffsetDateTime deletedAt;

    JdbcIncrementalWriter(Connection connection, Dialect dialect, String namespace, TableSchema schema, boolean changeTables,
                          MetaTables meta) {
        this.connection = connection;
        this.dialect = dialect;
        this.schema = schema;
        this.changeTables = changeTables;
        this.meta = meta;
        this.ddl = new Ddl(dialect);
        this.base = dialect.qualified(namespace, schema.table());
        this.stage = dialect.incrementalStage(namespace, StagingNames.batch(schema.table()));
        this.changeTable = dialect.qualified(namespace, ChangeTables.tableName(schema));
        this.changeStage = dialect.incrementalStage(namespace, StagingNames.batch(ChangeTables.tableName(schema)));
        this.namespace = namespace;
        try (Statement st = connection.createStatement()) {
            this.tableExisted = !JdbcSchemaChanges.existing(connection, dialect, namespace, schema.table()).isEmpty();
            st.execute(dialect.dropIncrementalStage(stage));
            st.execute(dialect.createIncrementalStage(stage, schema.columns()));
            if (changeTables) {
                st.execute(dialect.dropIncrementalStage(changeStage));
                st.execute(dialect.createIncrementalStage(changeStage, ChangeTables.columns(schema)));
            }
        } catch (SQLException e) {
            throw failure("could not prepare", e);
        }
        this.rows = dialect.stageWriter(connection, stage, schema.columns());
        this.changes = changeTables ? dialect.stageWriter(connection, changeStage, ChangeTables.columns(schema)) : null;
    }

    /**
     * Creates the table (and change table) on the first write, not on open: a stream the API refuses
     * before its first page leaves no empty table, while an empty stream gets its table at checkpoint.
     */
    private void ensureTables() {
        if (tablesReady) {
            return;
        }
        try (Statement st = connection.createStatement()) {
            st.execute(ddl.createTable(namespace, schema.table(), schema, true, true));
            if (changeTables) {
                st.execute(ddl.createChangeTable(namespace, ChangeTables.tableName(schema), schema));
                String ct = ChangeTables.tableName(schema);
                TableSchema stored = new TableSchema(ct, JdbcSchemaChanges.existing(connection, dialect, namespace, ct), List.of());
                JdbcSchemaChanges.apply(connection, dialect, changeTable, stored, new TableSchema(ct, ChangeTables.columns(schema), List.of()));
            }
            tablesReady = true;
        } catch (SQLException e) {
            throw failure("could not create", e);
        }
    }

    private boolean tableMissing() {
        return !tableExisted && !tablesReady;
    }

    @Override
    public void evolve(TableSchema evolved) {
        rows.flush();
        if (changes != null) {
            changes.flush();
        }
        try {
            if (tablesReady) {
                JdbcSchemaChanges.apply(connection, dialect, base, schema, evolved);
            }
            JdbcSchemaChanges.apply(connection, dialect, stage, schema, evolved);
            if (changeTables) {
                if (tablesReady) {
                    JdbcSchemaChanges.apply(connection, dialect, changeTable, schema, evolved);
                }
                JdbcSchemaChanges.apply(connection, dialect, changeStage, schema, evolved);
            }
        } catch (SQLException e) {
            throw failure("could not change the columns of", e);
        }
        schema = evolved;
        rows = dialect.stageWriter(connection, stage, schema.columns());
        changes = changeTables ? dialect.stageWriter(connection, changeStage, ChangeTables.columns(schema)) : null;
    }

    @Override
    public Map<RowKey, String> liveHashes() {
        if (tableMissing()) {
            return Map.of();
        }
        return hashes("SELECT " + keyColumns() + ", " + dialect.quote(TableSchema.ROW_HASH) + " FROM " + base
                + " WHERE NOT " + dialect.quote(TableSchema.DELETED), List.of());
    }

    @Override
    public Map<RowKey, String> hashesOf(Collection<RowKey> keys) {
        Map<RowKey, String> out = new HashMap<>();
        if (tableMissing()) {
            return out;
        }
        List<RowKey> all = new ArrayList<>(keys);
        for (int from = 0; from < all.size(); from += KEYS_PER_QUERY) {
            List<RowKey> chunk = all.subList(from, Math.min(all.size(), from + KEYS_PER_QUERY));
            List<Object> params = new ArrayList<>();
            chunk.forEach(k -> params.addAll(k.values()));
            out.putAll(hashes("SELECT " + keyColumns() + ", " + dialect.quote(TableSchema.ROW_HASH) + " FROM " + base
                    + " WHERE " + keysIn(chunk.size()), params));
        }
        return out;
    }

    /** {@code k IN (?, ?)} for a one-column key, else an OR of key predicates. */
    private String keysIn(int count) {
        if (schema.primaryKey().size() == 1) {
            StringJoiner marks = new StringJoiner(", ", dialect.quote(schema.primaryKey().get(0)) + " IN (", ")");
            for (int i = 0; i < count; i++) {
                marks.add("?");
            }
            return marks.toString();
        }
        StringJoiner or = new StringJoiner(" OR ");
        for (int i = 0; i < count; i++) {
            or.add("(" + ddl.keyPredicate(schema) + ")");
        }
        return or.toString();
    }

    private Map<RowKey, String> hashes(String sql, List<Object> params) {
        Map<RowKey, String> out = new HashMap<>();
        int keyCount = schema.primaryKey().size();
        boolean wasAutoCommit = true;
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            // Stream the result in chunks instead of buffering a whole table in the driver (PostgreSQL
            // only streams inside a transaction); the keys themselves are what the caller asked for.
            wasAutoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            ps.setFetchSize(FETCH_SIZE);
            for (int i = 0; i < params.size(); i++) {
                dialect.bind(ps, i + 1, params.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<Object> key = new ArrayList<>(keyCount);
                    for (int i = 0; i < keyCount; i++) {
                        key.add(RowReader.value(rs, i + 1, schema.columns().get(schema.indexOf(schema.primaryKey().get(i))), dialect));
                    }
                    out.put(new RowKey(key), rs.getString(keyCount + 1));
                }
            }
            connection.commit();
            return out;
        } catch (SQLException e) {
            JdbcTransactions.rollbackQuietly(connection);
            throw failure("could not read", e);
        } finally {
            if (wasAutoCommit) {
                JdbcTransactions.restoreAutoCommit(connection);
            }
        }
    }

    @Override
    public Optional<Row> read(RowKey key) {
        if (tableMissing()) {
            return Optional.empty();
        }
        try (PreparedStatement ps = connection.prepareStatement("SELECT " + ddl.columnList(Ddl.names(schema.columns())) + " FROM "
                + base + " WHERE " + ddl.keyPredicate(schema))) {
            for (int i = 0; i < key.values().size(); i++) {
                dialect.bind(ps, i + 1, key.values().get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(RowReader.read(rs, schema, dialect)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("could not read", e);
        }
    }

    @Override
    public void upsert(Row row) {
        ensureTables();
        rows.add(row.values());
    }

    @Override
    public void softDelete(RowKey key, OffsetDateTime syncedAt) {
        ensureTables();
        deletes.add(key);
        deletedAt = syncedAt;
    }

    @Override
    public void change(ChangeRecord change) {
        if (changes == null) {
            throw new IllegalStateException(schema.table() + " was opened without change tables");
        }
        ensureTables();
        changes.add(ChangeTables.values(change));
    }

    @Override
    public void checkpoint(StreamState state, long lastChangeSeq) {
        ensureTables();
        try {
            connection.setAutoCommit(false);
            rows.flush();
            try (Statement st = connection.createStatement()) {
                // Merged every checkpoint: a batch may span a schema change, which restarts the writers' counts.
                st.executeUpdate(dialect.mergeFromStage(base, stage, schema));
                st.executeUpdate(dialect.clearStage(stage));
                if (changes != null) {
                    changes.flush();
                    String columns = ddl.columnList(Ddl.names(ChangeTables.columns(schema)));
                    st.executeUpdate("INSERT INTO " + changeTable + " (" + columns + ") SELECT " + columns + " FROM " + changeStage
                            + " ORDER BY " + dialect.quote(StagingNames.ORDER_COLUMN));
                    st.executeUpdate(dialect.clearStage(changeStage));
                }
            }
            applyDeletes();
            FaultPoints.reached("checkpoint.after-data");
            meta.writeState(state);
            meta.writeChangeSeq(lastChangeSeq);
            FaultPoints.reached("checkpoint.after-state");
            connection.commit();
            FaultPoints.reached("checkpoint.committed");
            deletes.clear();
        } catch (SQLException | RuntimeException e) {
            JdbcTransactions.rollbackQuietly(connection);
            // The run fails; the staging tables are temporary and vanish with the session.
            throw e instanceof TargetException t ? t : failure("could not commit", e);
        } finally {
            JdbcTransactions.restoreAutoCommit(connection);
        }
    }

    private void applyDeletes() throws SQLException {
        if (deletes.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement("UPDATE " + base + " SET " + dialect.quote(TableSchema.DELETED)
                + " = ?, " + dialect.quote(TableSchema.SYNCED_AT) + " = ? WHERE " + ddl.keyPredicate(schema))) {
            for (RowKey key : deletes) {
                dialect.bind(ps, 1, Boolean.TRUE);
                dialect.bind(ps, 2, deletedAt);
                for (int i = 0; i < key.values().size(); i++) {
                    dialect.bind(ps, i + 3, key.values().get(i));
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    @Override
    public long liveCount() {
        if (tableMissing()) {
            return 0;
        }
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM " + base + " WHERE NOT " + dialect.quote(TableSchema.DELETED))) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw failure("could not count", e);
        }
    }

    private String keyColumns() {
        return ddl.columnList(schema.primaryKey());
    }

    private TargetException failure(String what, Exception e) {
        return new TargetException(dialect.product() + " " + what + " " + schema.table() + ": " + ConnectFailure.firstLine(e.getMessage()), e);
    }

}
