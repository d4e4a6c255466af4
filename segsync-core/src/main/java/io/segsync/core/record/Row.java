package io.segsync.core.record;

import java.util.Arrays;

/**
 * One row, values in the order of its {@link TableSchema}'s columns: String, Boolean, Long, Double,
 * {@link java.time.OffsetDateTime} (UTC) or JSON text, or null.
 */
public record Row(Object[] values) {
    public Row {
        values = values.clone();
    }

    public Object get(int index) {
        return values[index];
    }

    public int size() {
        return values.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Row other && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return Arrays.toString(values);
    }
}
