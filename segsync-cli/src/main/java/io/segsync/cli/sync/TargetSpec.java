package io.segsync.cli.sync;

import io.segsync.cli.CliException;
import io.segsync.core.target.Target;
import io.segsync.core.target.TargetException;
import io.segsync.target.duckdb.DuckDbTarget;
import io.segsync.target.files.FilesTarget;
import io.segsync.target.jdbc.JdbcTargets;

/** Parses the {@code --target} forms. */
public final class TargetSpec {
    public static final String DEFAULT = "duckdb:./segsync.duckdb";

    private TargetSpec() {}

    public static Target parse(String spec) {
        if (spec.startsWith("duckdb:")) {
            try {
                return DuckDbTarget.parse(spec);
            } catch (TargetException e) {
                throw CliException.usage(e.getMessage());
            }
        }
        if (spec.startsWith("parquet:") || spec.startsWith("jsonl:")) {
            try {
                return FilesTarget.parse(spec);
            } catch (TargetException e) {
                throw CliException.usage(e.getMessage());
            }
        }
        if (JdbcTargets.accepts(spec)) {
            try {
                return JdbcTargets.parse(spec);
            } catch (TargetException e) {
                throw CliException.usage(e.getMessage());
            }
        }
        throw CliException.usage("unknown target '" + spec + "': use duckdb:PATH, parquet:DIR, jsonl:DIR, "
                + "jdbc:postgresql://HOST/DB?user=U, jdbc:mariadb://HOST/DB?user=U or jdbc:mysql://..., for example " + DEFAULT);
    }
}
