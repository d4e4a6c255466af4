package io.segsync.core.record;

import io.segsync.core.catalog.Column;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Fits a row to the current schema of its table: rows mapped before a column was added get nulls for
 * it, and values mapped before a column widened are converted to its new type. Targets then always
 * receive rows exactly as wide and typed as the table they write.
 */
public final class RowShape {
    private RowShape() {}

    public static Row fit(Row row, TableSchema schema) {
        List<Column> columns = schema.columns();
        Object[] values = new Object[columns.size()];
        boolean same = row.size() == values.length;
        for (int i = 0; i < values.length; i++) {
            Object v = i < row.size() ? row.get(i) : null;
            Object fitted = convert(v, columns.get(i));
            same &= fitted == v;
            values[i] = fitted;
        }
        return same ? row : new Row(values);
    }

    private static Object convert(Object v, Column column) {
        if (v == null) {
            return null;
        }
        switch (column.type()) {
            case STRING:
            case JSON:
                if (v instanceof String) {
                    return v;
                }
                return v instanceof OffsetDateTime t ? t.toInstant().toString() : v.toString();
            case DOUBLE:
                return v instanceof Long l ? Double.valueOf(l) : v;
            default:
                return v;
        }
    }
}
