package io.segsync.target.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.segsync.core.catalog.Column;
import io.segsync.core.record.Row;
import io.segsync.core.record.TableSchema;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Reads a stored row back into the value types rows are made of. JSON comes back in canonical form
 * (sorted keys, no spaces), as the row mapper wrote it: PostgreSQL's jsonb re-formats JSON, and without
 * this an unchanged JSON column would count as changed in a change mask.
 */
final class RowReader {
    private static final ObjectMapper CANONICAL = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private RowReader() {}

    static Row read(ResultSet rs, TableSchema schema, Dialect dialect) throws SQLException {
        List<Column> columns = schema.columns();
        Object[] values = new Object[columns.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = value(rs, i + 1, columns.get(i), dialect);
        }
        return new Row(values);
    }

    static Object value(ResultSet rs, int index, Column column, Dialect dialect) throws SQLException {
        switch (column.type()) {
            case BOOLEAN: {
                boolean b = rs.getBoolean(index);
                return rs.wasNull() ? null : b;
            }
            case BIGINT: {
                long l = rs.getLong(index);
                return rs.wasNull() ? null : l;
            }
            case DOUBLE: {
                double d = rs.getDouble(index);
                return rs.wasNull() ? null : d;
            }
            case TIMESTAMP:
                return dialect.readTimestamp(rs, index);
            case JSON:
                return canonicalJson(rs.getString(index));
            default:
                return rs.getString(index);
        }
    }

    static String canonicalJson(String text) {
        if (text == null) {
            return null;
        }
        try {
            return CANONICAL.writeValueAsString(CANONICAL.readValue(text, Object.class));
        } catch (JsonProcessingException e) {
            return text;
        }
    }
}
