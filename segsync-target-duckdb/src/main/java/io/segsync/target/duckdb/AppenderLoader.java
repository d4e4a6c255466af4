package io.segsync.target.duckdb;

import io.segsync.core.record.Row;
import io.segsync.core.record.TableSchema;
import io.segsync.core.target.StreamLoader;
import io.segsync.core.target.TargetException;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.function.LongConsumer;
import org.duckdb.DuckDBAppender;

/** Writes rows through DuckDB's appender, the fastest way into a DuckDB table. */
final class AppenderLoader implements StreamLoader {
    /** Changes the staging table's columns and gives a fresh appender bound to them. */
    interface Evolver {
        DuckDBAppender evolve(TableSchema from, TableSchema to);
    }

    private DuckDBAppender appender;
    private TableSchema schema;
    private final String table;
    private final Evolver evolver;
    private final LongConsumer onFinish;
    private final java.util.function.LongSupplier stored;

    /** @param stored counts the rows the staging table really holds, which is what the run reports */
    AppenderLoader(DuckDBAppender appender, TableSchema schema, Evolver evolver, java.util.function.LongSupplier stored,
                   LongConsumer onFinish) {
        this.appender = appender;
        this.schema = schema;
        this.table = schema.table();
        this.evolver = evolver;
        this.stored = stored;
        this.onFinish = onFinish;
    }

    @Override
    public void evolve(TableSchema evolved) {
        try {
            appender.close();
        } catch (SQLException e) {
            throw new TargetException("DuckDB could not flush " + table + ": " + e.getMessage(), e);
        }
        appender = evolver.evolve(schema, evolved);
        schema = evolved;
    }

    @Override
    public void write(Row row) {
        Object[] values = new Object[row.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = row.get(i);
        }
        appendRow(appender, values, table);
    }

    static void appendRow(DuckDBAppender appender, Object[] values, String table) {
        try {
            appender.beginRow();
            for (Object value : values) {
                append(appender, value);
            }
            appender.endRow();
        } catch (SQLException e) {
            throw new TargetException("DuckDB refused a row of " + table + ": " + e.getMessage(), e);
        }
    }

    private static void append(DuckDBAppender appender, Object value) throws SQLException {
        if (value == null) {
            appender.appendNull();
        } else if (value instanceof String s) {
            appender.append(s);
        } else if (value instanceof Boolean b) {
            appender.append(b.booleanValue());
        } else if (value instanceof Long l) {
            appender.append(l.longValue());
        } else if (value instanceof Double d) {
            appender.append(d.doubleValue());
        } else if (value instanceof OffsetDateTime t) {
            appender.append(t);
        } else {
            throw new IllegalArgumentException("cannot append a " + value.getClass().getSimpleName());
        }
    }

    @Override
    public long finish() {
        try {
            appender.close();
        } catch (SQLException e) {
            throw new TargetException("DuckDB could not finish " + table + ": " + e.getMessage(), e);
        }
        // Counted in the table, not by us: rows DuckDB did not keep must show up in reconciliation.
        long rows = stored.getAsLong();
        onFinish.accept(rows);
        return rows;
    }
}
