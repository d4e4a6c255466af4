package io.segsync.target.jdbc.postgres;

import io.segsync.core.target.TargetException;
import io.segsync.target.jdbc.StageWriter;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Stages rows with {@code COPY ... FROM STDIN} (text format), the fastest way into PostgreSQL. Rows are
 * encoded into a buffer and sent as one complete COPY per few thousand rows, so memory is bounded and
 * no COPY stays open while the caller queries the same connection.
 */
final class CopyStageWriter implements StageWriter {
    static final int MAX_ROWS = 20_000;
    static final int MAX_CHARS = 8 * 1024 * 1024;

    private final CopyManager copy;
    private final String sql;
    private final String table;
    private final StringBuilder buffer = new StringBuilder(64 * 1024);
    private int buffered;
    private long rows;

    CopyStageWriter(Connection connection, String table, String columnList) {
        try {
            this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
        } catch (SQLException e) {
            throw new TargetException("the PostgreSQL connection does not support COPY: " + e.getMessage(), e);
        }
        this.table = table;
        this.sql = "COPY " + table + " (" + columnList + ") FROM STDIN";
    }

    @Override
    public void add(Object[] values) {
        CopyText.appendRow(buffer, values);
        buffered++;
        rows++;
        if (buffered >= MAX_ROWS || buffer.length() >= MAX_CHARS) {
            flush();
        }
    }

    @Override
    public void flush() {
        if (buffered == 0) {
            return;
        }
        try {
            copy.copyIn(sql, new StringReader(buffer.toString()), 64 * 1024);
        } catch (SQLException | IOException e) {
            throw new TargetException("PostgreSQL refused rows for " + table + ": " + e.getMessage(), e);
        }
        buffer.setLength(0);
        buffered = 0;
    }

    @Override
    public long rows() {
        return rows;
    }
}
