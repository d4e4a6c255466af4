package io.segsync.target.duckdb;

import io.segsync.core.catalog.Column;
import io.segsync.core.fault.FaultPoints;
import io.segsync.core.record.Row;
import io.segsync.core.record.TableSchema;
import io.segsync.core.target.IncrementalWriter;
import io.segsync.core.target.RunInfo;
import io.segsync.core.target.StreamState;
import io.segsync.core.target.StreamLoader;
import io.segsync.core.target.TargetException;
import io.segsync.core.target.TargetSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Stages each stream in {@code _segsync_stage_<table>} through DuckDB's appender, then, in one
 * transaction, replaces every published table by its staged copy and records the run.
 */
public final class DuckDbSession implements TargetSession {
    private static final String STAGE_PREFIX = "_segsync_stage_";

    private final Connection connection;
    private final RunInfo run;
    private final Path file;
    private final boolean createdByThisRun;
    private final Map<String, Long> staged = new LinkedHashMap<>();
    private final MetaTables meta;
    private boolean finished;
    private boolean committed;

    DuckDbSession(Connection connection, RunInfo run, Path file, boolean createdByThisRun) {
        this.connection = connection;
        this.run = run;
        this.file = file;
        this.createdByThisRun = createdByThisRun;
        execute("CREATE SCHEMA IF NOT EXISTS " + Sql.quote(run.namespace()));
        this.meta = new MetaTables(connection, run);
    }

    @Override
    public IncrementalWriter openIncremental(TableSchema schema, boolean changeTables) {
        return new DuckDbIncrementalWriter(connection, run.namespace(), schema, changeTables, meta);
    }

    @Override
    public void discard(String table) {
        staged.remove(table);
        execute("DROP TABLE IF EXISTS " + Sql.qualified(run.namespace(), STAGE_PREFIX + table));
    }

    @Override
    public List<Column> existingColumns(String table) {
        return SchemaChanges.existing(connection, run.namespace(), table);
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
    public StreamLoader startFullLoad(TableSchema schema) {
        String stage = STAGE_PREFIX + schema.table();
        execute("DROP TABLE IF EXISTS " + Sql.qualified(run.namespace(), stage));
        execute(Sql.createTable(run.namespace(), stage, schema));
        try {
            DuckDBAppender appender = connection.unwrap(DuckDBConnection.class).createAppender(run.namespace(), stage);
            AppenderLoader.Evolver evolver = (from, to) -> {
                SchemaChanges.apply(connection, run.namespace(), stage, from, to);
                try {
                    return connection.unwrap(DuckDBConnection.class).createAppender(run.namespace(), stage);
                } catch (SQLException e) {
                    throw new TargetException("DuckDB refused to stage " + schema.table() + ": " + e.getMessage(), e);
                }
            };
            java.util.function.LongSupplier stored = () -> {
                try (Statement st = connection.createStatement();
                     ResultSet rs = st.executeQuery("SELECT count(*) FROM " + Sql.qualified(run.namespace(), stage))) {
                    rs.next();
                    return rs.getLong(1);
                } catch (SQLException e) {
                    throw new TargetException("DuckDB could not count the staged " + schema.table() + ": " + e.getMessage(), e);
                }
            };
            return new AppenderLoader(appender, schema, evolver, stored, rows -> staged.put(schema.table(), rows));
        } catch (SQLException e) {
            throw new TargetException("DuckDB refused to stage " + schema.table() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void commit() {
        try {
            connection.setAutoCommit(false);
            try (Statement st = connection.createStatement()) {
                for (String table : staged.keySet()) {
                    st.execute("DROP TABLE IF EXISTS " + Sql.qualified(run.namespace(), table));
                    st.execute("ALTER TABLE " + Sql.qualified(run.namespace(), STAGE_PREFIX + table) + " RENAME TO " + Sql.quote(table));
                }
            }
            FaultPoints.reached("commit.after-data");
            for (Map.Entry<String, Long> e : staged.entrySet()) {
                StreamState state = StreamState.empty(e.getKey(), "full-load");
                state.value().put("rows", e.getValue());
                meta.writeState(state);
            }
            FaultPoints.reached("commit.after-state");
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
        boolean removeFile = createdByThisRun && !committed && !meta.stateWritten();
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

    /** The tables of the task's namespace, segsync's own bookkeeping and staging excluded. */
    public List<String> publishedTables() {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT table_name FROM information_schema.tables "
                + "WHERE table_schema = ? AND table_name NOT LIKE '\\_segsync\\_%' ESCAPE '\\' ORDER BY table_name")) {
            ps.setString(1, run.namespace());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            return tables;
        } catch (SQLException e) {
            throw new TargetException("DuckDB could not list tables: " + e.getMessage(), e);
        }
    }

    /** Writes a table to a file with DuckDB's COPY ({@code format} is {@code parquet} or {@code json}); returns its row count. */
    public long copyTo(String table, Path file, String format) {
        // Small row groups keep the export inside the memory cap (a row group is built in memory).
        String options = format.equals("parquet") ? "FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 16384" : "FORMAT json";
        String path = file.toString().replace("'", "''");
        try (Statement st = connection.createStatement()) {
            st.execute("COPY (SELECT * FROM " + Sql.qualified(run.namespace(), table) + ") TO '" + path + "' (" + options + ")");
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM " + Sql.qualified(run.namespace(), table))) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new TargetException("DuckDB could not write " + file + ": " + e.getMessage(), e);
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
