package io.segsync.core.target;

/**
 * Where a run lands its tables. Implementations: DuckDB, and later JDBC and files.
 * A target is validated before anything is read, and a failed run leaves earlier tables as they were.
 */
public interface Target {
    /** A description safe to print: no passwords. */
    String describe();

    /** Checks that the target can be written (the directory exists, ...) without writing anything. */
    void validate();

    TargetSession open(RunInfo run);
}
