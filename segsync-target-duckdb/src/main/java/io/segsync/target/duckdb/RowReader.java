package io.segsync.target.duckdb;

import io.segsync.core.catalog.Column;
import io.segsync.core.record.Row;
import io.segsync.core.record.TableSchema;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Reads a stored row back into the value types rows are made of. */
final class RowReader {
    private RowReader() {}

    static Row read(ResultSet rs, TableSchema schema) throws SQLException {
        List<Column> columns = schema.columns();
        Object[] values = new Object[columns.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = value(rs, i + 1, columns.get(i));
        }
        return new Row(values);
    }

    private static Object value(ResultSet rs, int index, Column column) throws SQLException {
        Object raw = rs.getObject(index);
        if (raw == null) {
            return null;
        }
        switch (column.type()) {
            case BOOLEAN: return rs.getBoolean(index);
            case BIGINT: return rs.getLong(index);
            case DOUBLE: return rs.getDouble(index);
            case TIMESTAMP: return rs.getObject(index, OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC);
            default: return rs.getString(index);
        }
    }
}
