package io.segsync.target.duckdb;

import io.segsync.core.target.RunInfo;
import io.segsync.core.target.Target;
import io.segsync.core.target.TargetException;
import io.segsync.core.target.TargetSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** The embedded default target: one DuckDB database file, tables in one schema per task. */
public final class DuckDbTarget implements Target {
    static final String DEFAULT_MEMORY_LIMIT = "512MB";
    private final Path file;

    public DuckDbTarget(Path file) {
        this.file = file.toAbsolutePath().normalize();
    }

    /** Parses the {@code duckdb:PATH} form of {@code --target}. */
    public static DuckDbTarget parse(String spec) {
        String path = spec.substring("duckdb:".length());
        if (path.isBlank()) {
            throw new TargetException("the target 'duckdb:' needs a file path, e.g. duckdb:./segsync.duckdb");
        }
        return new DuckDbTarget(Path.of(path));
    }

    public Path file() {
        return file;
    }

    @Override
    public String describe() {
        return "duckdb:" + file;
    }

    @Override
    public void validate() {
        Path dir = file.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new TargetException("the directory of the DuckDB file does not exist: " + dir + "; create it or choose another --target");
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new TargetException(file + " exists and is not a file; choose another --target");
        }
        if (!Files.isWritable(dir)) {
            throw new TargetException("the directory " + dir + " is not writable; choose another --target");
        }
    }

    @Override
    public TargetSession open(RunInfo run) {
        return openSession(run);
    }

    /** Opens the DuckDB session itself, for targets built on DuckDB (the files target exports from it). */
    public DuckDbSession openSession(RunInfo run) {
        validate();
        boolean existed = Files.exists(file);
        try {
            Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file);
            bound(connection);
            return new DuckDbSession(connection, run, file, !existed);
        } catch (SQLException e) {
            throw new TargetException(openFailure(e), e);
        }
    }

    /**
     * Caps DuckDB's own (native) memory and threads: by default it takes 80% of the machine's memory
     * and every core, while a sync needs neither; past the cap DuckDB spills to disk. Overridable with
     * {@code SEGSYNC_DUCKDB_MEMORY_LIMIT} (e.g. {@code 1GB}) for very large workspaces.
     */
    private static void bound(Connection connection) throws SQLException {
        String limit = System.getenv().getOrDefault("SEGSYNC_DUCKDB_MEMORY_LIMIT", DEFAULT_MEMORY_LIMIT);
        if (!limit.matches("[0-9]+(\\.[0-9]+)?\\s*[KMGT]?i?B")) {
            throw new TargetException("SEGSYNC_DUCKDB_MEMORY_LIMIT must look like 256MB or 2GB, was '" + limit + "'");
        }
        try (java.sql.Statement st = connection.createStatement()) {
            st.execute("SET memory_limit = '" + limit + "'");
            st.execute("SET threads = " + Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())));
            st.execute("SET preserve_insertion_order = false");
        }
    }

    private String openFailure(SQLException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("lock")) {
            return "the DuckDB file " + file + " is in use by another process; close it (or wait for the other run) and retry";
        }
        return "cannot open the DuckDB file " + file + ": " + message.lines().findFirst().orElse(message);
    }
}
