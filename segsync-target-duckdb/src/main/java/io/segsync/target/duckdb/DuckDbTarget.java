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
        validate();
        boolean existed = Files.exists(file);
        try {
            Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file);
            return new DuckDbSession(connection, run, file, !existed);
        } catch (SQLException e) {
            throw new TargetException(openFailure(e), e);
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
