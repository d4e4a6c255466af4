package io.segsync.core.record;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A row's primary key values. Equality goes by a canonical text form so that a key read back from a
 * target (where a timestamp may come back in another offset) equals the one computed from a record.
 */
public record RowKey(List<Object> values) {
    public RowKey {
        values = List.copyOf(values);
    }

    public static RowKey of(TableSchema schema, Row row) {
        List<Object> values = new ArrayList<>(schema.primaryKey().size());
        for (String column : schema.primaryKey()) {
            values.add(row.get(schema.indexOf(column)));
        }
        return new RowKey(values);
    }

    public String canonical() {
        StringBuilder out = new StringBuilder();
        for (Object v : values) {
            if (out.length() > 0) {
                out.append('\u001f');
            }
            out.append(v instanceof OffsetDateTime t ? t.toInstant().toString() : String.valueOf(v));
        }
        return out.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RowKey other && other.canonical().equals(canonical());
    }

    @Override
    public int hashCode() {
        return canonical().hashCode();
    }

    @Override
    public String toString() {
        return canonical().replace('\u001f', '|');
    }
}
