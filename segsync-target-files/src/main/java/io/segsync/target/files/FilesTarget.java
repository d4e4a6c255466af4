package io.segsync.target.files;

import io.segsync.core.target.RunInfo;
import io.segsync.core.target.Target;
import io.segsync.core.target.TargetException;
import io.segsync.core.target.TargetSession;
import io.segsync.target.duckdb.DuckDbTarget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A folder of Parquet or JSON Lines files, one sub-folder per stream (and per change table), readable
 * by DuckDB and Spark as it is. The tables are kept in a working DuckDB database under
 * {@code .segsync/} (so reload-and-compare, CDC and crash recovery work exactly as on DuckDB), and each
 * committed run exports them to new files and publishes them with {@code _segsync_manifest.json},
 * written last.
 */
public final class FilesTarget implements Target {
    static final String WORK_DIR = ".segsync";

    private final Path dir;
    private final FileFormat format;

    public FilesTarget(Path dir, FileFormat format) {
        this.dir = dir.toAbsolutePath().normalize();
        this.format = format;
    }

    /** Parses {@code parquet:DIR} and {@code jsonl:DIR}. */
    public static FilesTarget parse(String spec) {
        int colon = spec.indexOf(':');
        String scheme = spec.substring(0, colon);
        String path = spec.substring(colon + 1);
        if (path.isBlank()) {
            throw new TargetException("the target '" + scheme + ":' needs a directory, e.g. " + scheme + ":./lake");
        }
        return new FilesTarget(Path.of(path), scheme.equals("parquet") ? FileFormat.PARQUET : FileFormat.JSONL);
    }

    public Path dir() {
        return dir;
    }

    @Override
    public String describe() {
        return (format == FileFormat.PARQUET ? "parquet:" : "jsonl:") + dir;
    }

    @Override
    public void validate() {
        Path parent = dir.getParent();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new TargetException(dir + " exists and is not a directory; choose another --target");
        }
        if (!Files.exists(dir) && (parent == null || !Files.isDirectory(parent))) {
            throw new TargetException("the parent directory of " + dir + " does not exist; create it or choose another --target");
        }
        Path writable = Files.exists(dir) ? dir : parent;
        if (!Files.isWritable(writable)) {
            throw new TargetException("the directory " + writable + " is not writable; choose another --target");
        }
    }

    @Override
    public TargetSession open(RunInfo run) {
        validate();
        try {
            Files.createDirectories(dir.resolve(WORK_DIR));
        } catch (IOException e) {
            throw new TargetException("cannot create " + dir.resolve(WORK_DIR) + ": " + e.getMessage(), e);
        }
        DuckDbTarget work = new DuckDbTarget(dir.resolve(WORK_DIR).resolve("work.duckdb"));
        return new FilesSession(work.openSession(run), dir, format, run);
    }
}
