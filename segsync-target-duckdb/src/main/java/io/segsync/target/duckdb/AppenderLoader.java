package io.segsync.target.duckdb;

import io.segsync.core.catalog.Column;
import io.segsync.core.record.Row;
import io.segsync.core.record.TableSchema;
import io.segsync.core.target.StreamLoader;
import io.segsync.core.target.TargetException;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.LongConsumer;
import org.duckdb.DuckDBAppender;

/** Writes rows through DuckDB's appender, the fastest way into a DuckDB table. */
final class AppenderLoader implements StreamLoader {
    private final DuckDBAppender appender;
    private final List<Column> columns;
    private final String table;
    private final LongConsumer onFinish;
    private long rows;

    AppenderLoader(DuckDBAppender appender, TableSchema schema, LongConsumer onFinish) {
        this.appender = appender;
        this.columns = schema.columns();
        this.table = schema.table();
        this.onFinish = onFinish;
    }

    @Override
    public void write(Row row) {
        try {
            appender.beginRow();
            for (int i = 0; i < columns.size(); i++) {
                append(row.get(i));
            }
            appender.endRow();
            rows++;
        } catch (SQLException e) {
            throw new TargetException("DuckDB refused a row of " + table + ": " + e.getMessage(), e);
        }
    }

    private void append(Object value) throws SQLException {
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
        onFinish.accept(rows);
        return rows;
    }
}
