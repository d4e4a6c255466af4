package io.segsync.target.jdbc;

import io.segsync.core.change.ChangeRecord;
import io.segsync.core.change.ChangeTables;
import io.segsync.core.record.Row;
import io.segsync.core.record.RowKey;
import io.segsync.core.record.TableSchema;
import io.segsync.core.target.IncrementalWriter;
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
    private final TableSchema schema;
    private final boolean changeTables;
    private final MetaTables meta;
    private final Ddl ddl;
    private final String base;
    private final String stage;
    private final String changeTable;
    private final String changeStage;
    private final StageWriter rows;
    private final StageWriter changes;
    private final List<RowKey> deletes = new ArrayList<>();
    private OffsetDateTime deletedAt;
    private long rowsMerged;
    private long changesMerged;

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
        try (Statement st = connection.createStatement()) {
            st.execute(ddl.createTable(namespace, schema.table(), schema, true, true));
            st.execute(dialect.dropIncrementalStage(stage));
            st.execute(dialect.createIncrementalStage(stage, schema.columns()));
            if (changeTables) {
                st.execute(ddl.createChangeTable(namespace, ChangeTables.tableName(schema), schema));
                st.execute(dialect.dropIncrementalStage(changeStage));
                st.execute(dialect.createIncrementalStage(changeStage, ChangeTables.columns(schema)));
            }
        } catch (SQLException e) {
            throw failure("could not prepare", e);
        }
        this.rows = dialect.stageWriter(connection, stage, schema.columns());
        this.changes = changeTables ? dialect.stageWriter(connection, changeStage, ChangeTables.columns(schema)) : null;
    }

    @Override
    public Map<RowKey, String> liveHashes() {
        return hashes("SELECT " + keyColumns() + ", " + dialect.quote(TableSchema.ROW_HASH) + " FROM " + base
                + " WHERE NOT " + dialect.quote(TableSchema.DELETED), List.of());
    }

    @Override
    public Map<RowKey, String> hashesOf(Collection<RowKey> keys) {
        Map<RowKey, String> out = new HashMap<>();
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
            rollbackQuietly();
            throw failure("could not read", e);
        } finally {
            if (wasAutoCommit) {
                autoCommit();
            }
        }
    }

    @Override
    public Optional<Row> read(RowKey key) {
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
        rows.add(row.values());
    }

    @Override
    public void softDelete(RowKey key, OffsetDateTime syncedAt) {
        deletes.add(key);
        deletedAt = syncedAt;
    }

    @Override
    public void change(ChangeRecord change) {
        if (changes == null) {
            throw new IllegalStateException(schema.table() + " was opened without change tables");
        }
        changes.add(ChangeTables.values(change));
    }

    @Override
    public void checkpoint(StreamState state, long lastChangeSeq) {
        try {
            connection.setAutoCommit(false);
            rows.flush();
            try (Statement st = connection.createStatement()) {
                if (rows.rows() > rowsMerged) {
                    st.executeUpdate(dialect.mergeFromStage(base, stage, schema));
                    st.executeUpdate(dialect.clearStage(stage));
                }
                if (changes != null) {
                    changes.flush();
                    if (changes.rows() > changesMerged) {
                        String columns = ddl.columnList(Ddl.names(ChangeTables.columns(schema)));
                        st.executeUpdate("INSERT INTO " + changeTable + " (" + columns + ") SELECT " + columns + " FROM " + changeStage
                                + " ORDER BY " + dialect.quote(StagingNames.ORDER_COLUMN));
                        st.executeUpdate(dialect.clearStage(changeStage));
                    }
                }
            }
            applyDeletes();
            meta.writeState(state);
            meta.writeChangeSeq(lastChangeSeq);
            connection.commit();
            rowsMerged = rows.rows();
            changesMerged = changes == null ? 0 : changes.rows();
            deletes.clear();
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly();
            // The run fails; the staging tables are temporary and vanish with the session.
            throw e instanceof TargetException t ? t : failure("could not commit", e);
        } finally {
            autoCommit();
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

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // The connection is closed or broken; nothing was committed either way.
        }
    }

    private void autoCommit() {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException ignored) {
            // Reported by the next statement, if the connection is broken.
        }
    }
}
