package io.segsync.target.jdbc;

import io.segsync.core.catalog.Column;
import io.segsync.core.fault.FaultPoints;
import io.segsync.core.record.TableSchema;
import io.segsync.core.target.IncrementalWriter;
import io.segsync.core.target.RunInfo;
import io.segsync.core.target.StreamLoader;
import io.segsync.core.target.StreamState;
import io.segsync.core.target.TargetException;
import io.segsync.core.target.TargetSession;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One run's writes over one connection. Full load stages each stream in {@code _segsync_stage_<table>}
 * and publishes them all at {@link #commit()}; incremental writers change tables in place, each
 * checkpoint one transaction.
 */
final class JdbcSession implements TargetSession {
    private final Connection connection;
    private final Dialect dialect;
    private final ConnectionSpec spec;
    private final RunInfo run;
    private final MetaTables meta;
    private final Ddl ddl;
    /** Staging tables this run created, so abort drops exactly those. */
    private final Set<String> stages = new LinkedHashSet<>();
    /** Streams fully staged, with their row counts, in load order. */
    private final Map<String, Long> staged = new LinkedHashMap<>();
    private boolean finished;

    JdbcSession(Connection connection, Dialect dialect, ConnectionSpec spec, RunInfo run) {
        this.connection = connection;
        this.dialect = dialect;
        this.spec = spec;
        this.run = run;
        this.ddl = new Ddl(dialect);
        ensureNamespace();
        this.meta = new MetaTables(connection, dialect, run);
    }

    private void ensureNamespace() {
        String namespace = run.namespace();
        try {
            // Checked first: creating needs a privilege that using an existing namespace does not.
            if (!dialect.namespaceExists(connection, namespace)) {
                execute(dialect.createNamespace(namespace));
            }
        } catch (SQLException e) {
            throw new TargetException(spec.mask(dialect.product() + " at " + spec.server() + " could not create the namespace '"
                    + namespace + "': " + ConnectFailure.firstLine(e.getMessage()) + "; create it yourself or grant the user CREATE"), e);
        }
    }

    Connection connection() {
        return connection;
    }

    @Override
    public StreamLoader startFullLoad(TableSchema schema) {
        String stage = StagingNames.stage(schema.table());
        try {
            execute("DROP TABLE IF EXISTS " + dialect.qualified(run.namespace(), stage));
            stages.add(stage);
            execute(ddl.createTable(run.namespace(), stage, schema, false, !dialect.addKeyAfterLoad()));
        } catch (SQLException e) {
            throw failure("could not stage " + schema.table(), e);
        }
        return new FullLoadLoader(connection, dialect, run.namespace(), stage, schema, rows -> staged.put(schema.table(), rows));
    }

    @Override
    public IncrementalWriter openIncremental(TableSchema schema, boolean changeTables) {
        return new JdbcIncrementalWriter(connection, dialect, run.namespace(), schema, changeTables, meta);
    }

    @Override
    public void discard(String table) {
        // Not published; its staging table is dropped by this session's end or the next full load.
        staged.remove(table);
    }

    @Override
    public List<Column> existingColumns(String table) {
        try {
            return JdbcSchemaChanges.existing(connection, dialect, run.namespace(), table);
        } catch (SQLException e) {
            throw failure("could not read the columns of " + table, e);
        }
    }

    @Override
    public Optional<StreamState> readState(String stream) {
        return meta.readState(stream);
    }

    @Override
    public long lastChangeSeq() {
        return meta.lastChangeSeq();
    }

    @Override
    public void commit() {
        if (finished) {
            return;
        }
        if (!staged.isEmpty()) {
            try {
                dialect.publish(connection, run.namespace(), new ArrayList<>(staged.keySet()), () -> {
                    FaultPoints.reached("commit.after-data");
                    for (Map.Entry<String, Long> e : staged.entrySet()) {
                        StreamState state = StreamState.empty(e.getKey(), "full-load");
                        state.value().put("rows", e.getValue());
                        meta.writeState(state);
                    }
                    FaultPoints.reached("commit.after-state");
                });
            } catch (SQLException e) {
                throw failure("could not publish the run's tables", e);
            }
        }
        stages.clear();
        finished = true;
    }

    @Override
    public void abort() {
        if (finished) {
            return;
        }
        finished = true;
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
                connection.setAutoCommit(true);
            }
            for (String stage : stages) {
                execute("DROP TABLE IF EXISTS " + dialect.qualified(run.namespace(), stage));
            }
        } catch (SQLException e) {
            // The next full load of these streams drops their staging tables; published tables are untouched.
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure("failed to close the connection", e);
        }
    }

    private TargetException failure(String what, SQLException e) {
        return new TargetException(spec.mask(dialect.product() + " " + what + ": " + ConnectFailure.firstLine(e.getMessage())), e);
    }

    private void execute(String sql) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
        }
    }
}
