package io.segsync.target.jdbc.mariadb;

import io.segsync.core.target.TargetException;
import io.segsync.target.jdbc.Dialect;
import io.segsync.target.jdbc.StageWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * Stages rows with multi-row {@code INSERT ... VALUES (...), (...)}: one round trip per few hundred rows
 * instead of one per row, and the buffer is all the memory it holds.
 */
final class InsertStageWriter implements StageWriter {
    /** MariaDB allows 65,535 placeholders per statement; stay well below. */
    private static final int MAX_PLACEHOLDERS = 30_000;
    private static final int MAX_ROWS = 1_000;

    private final Connection connection;
    private final Dialect dialect;
    private final String table;
    private final String head;
    private final int columns;
    private final int rowsPerStatement;
    private final List<Object[]> buffer = new ArrayList<>();
    private String fullSql;
    private long rows;

    InsertStageWriter(Connection connection, Dialect dialect, String table, String columnList, int columns) {
        this.connection = connection;
        this.dialect = dialect;
        this.table = table;
        this.columns = columns;
        this.head = "INSERT INTO " + table + " (" + columnList + ") VALUES ";
        this.rowsPerStatement = Math.max(1, Math.min(MAX_ROWS, MAX_PLACEHOLDERS / Math.max(1, columns)));
    }

    @Override
    public void add(Object[] values) {
        buffer.add(values.clone());
        rows++;
        if (buffer.size() >= rowsPerStatement) {
            flush();
        }
    }

    @Override
    public void flush() {
        if (buffer.isEmpty()) {
            return;
        }
        String sql = buffer.size() == rowsPerStatement ? fullSql() : sql(buffer.size());
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            int index = 1;
            for (Object[] row : buffer) {
                for (Object value : row) {
                    dialect.bind(ps, index++, value);
                }
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new TargetException(dialect.product() + " refused rows for " + table + ": " + e.getMessage(), e);
        }
        buffer.clear();
    }

    private String fullSql() {
        if (fullSql == null) {
            fullSql = sql(rowsPerStatement);
        }
        return fullSql;
    }

    private String sql(int count) {
        StringJoiner marks = new StringJoiner(", ", "(", ")");
        for (int i = 0; i < columns; i++) {
            marks.add("?");
        }
        String one = marks.toString();
        StringBuilder out = new StringBuilder(head.length() + count * (one.length() + 2));
        out.append(head);
        for (int i = 0; i < count; i++) {
            out.append(i == 0 ? "" : ", ").append(one);
        }
        return out.toString();
    }

    @Override
    public long rows() {
        return rows;
    }
}
