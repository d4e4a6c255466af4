package io.segsync.target.duckdb;

import io.segsync.core.record.Row;
import io.segsync.core.record.TableSchema;
import io.segsync.core.target.RunInfo;
import io.segsync.core.target.StreamLoader;
import io.segsync.core.target.TargetException;
import io.segsync.core.target.TargetSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Stages each stream in {@code _segsync_stage_<table>} through DuckDB's appender, then, in one
 * transaction, replaces every published table by its staged copy and records the run.
 */
final class DuckDbSession implements TargetSession {
    private static final String STAGE_PREFIX = "_segsync_stage_";

    private final Connection connection;
    private final RunInfo run;
    private final Path file;
    private final boolean createdByThisRun;
    private final Map<String, Long> staged = new LinkedHashMap<>();
    private boolean finished;
    private boolean committed;

    DuckDbSession(Connection connection, RunInfo run, Path file, boolean createdByThisRun) {
        this.connection = connection;
        this.run = run;
        this.file = file;
        this.createdByThisRun = createdByThisRun;
        execute("CREATE SCHEMA IF NOT EXISTS " + Sql.quote(run.namespace()));
    }

    @Override
    public StreamLoader startFullLoad(TableSchema schema) {
        String stage = STAGE_PREFIX + schema.table();
        execute("DROP TABLE IF EXISTS " + Sql.qualified(run.namespace(), stage));
        execute(Sql.createTable(run.namespace(), stage, schema));
        try {
            DuckDBAppender appender = connection.unwrap(DuckDBConnection.class).createAppender(run.namespace(), stage);
            return new AppenderLoader(appender, schema, rows -> staged.put(schema.table(), rows));
        } catch (SQLException e) {
            throw new TargetException("DuckDB refused to stage " + schema.table() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void commit() {
        try {
            connection.setAutoCommit(false);
            try (Statement st = connection.createStatement()) {
                st.execute("CREATE TABLE IF NOT EXISTS " + Sql.qualified(run.namespace(), "_segsync_state")
                        + " (stream VARCHAR PRIMARY KEY, run_id VARCHAR NOT NULL, synced_at TIMESTAMPTZ NOT NULL, row_count BIGINT NOT NULL)");
                for (String table : staged.keySet()) {
                    st.execute("DROP TABLE IF EXISTS " + Sql.qualified(run.namespace(), table));
                    st.execute("ALTER TABLE " + Sql.qualified(run.namespace(), STAGE_PREFIX + table) + " RENAME TO " + Sql.quote(table));
                }
            }
            try (PreparedStatement ps = connection.prepareStatement("INSERT OR REPLACE INTO "
                    + Sql.qualified(run.namespace(), "_segsync_state") + " VALUES (?, ?, ?, ?)")) {
                for (Map.Entry<String, Long> e : staged.entrySet()) {
                    ps.setString(1, e.getKey());
                    ps.setString(2, run.runId());
                    ps.setObject(3, run.startedAt());
                    ps.setLong(4, e.getValue());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            connection.commit();
            connection.setAutoCommit(true);
            finished = true;
            committed = true;
        } catch (SQLException e) {
            throw new TargetException("DuckDB could not publish the run's tables: " + e.getMessage(), e);
        }
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
            for (String table : staged.keySet()) {
                execute("DROP TABLE IF EXISTS " + Sql.qualified(run.namespace(), STAGE_PREFIX + table));
            }
        } catch (SQLException | TargetException e) {
            // The staging tables are dropped again by the next run; the published tables are untouched.
        }
    }

    @Override
    public void close() {
        boolean removeFile = createdByThisRun && !committed;
        try {
            connection.close();
        } catch (SQLException e) {
            throw new TargetException("DuckDB failed to close " + file + ": " + e.getMessage(), e);
        }
        if (removeFile) {
            // A first run that failed leaves no empty database behind.
            try {
                Files.deleteIfExists(file);
                Files.deleteIfExists(Path.of(file + ".wal"));
            } catch (IOException e) {
                throw new TargetException("could not remove the unfinished DuckDB file " + file, e);
            }
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
