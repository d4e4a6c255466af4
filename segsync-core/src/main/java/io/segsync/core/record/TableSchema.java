package io.segsync.core.record;

import io.segsync.core.catalog.Column;
import io.segsync.core.catalog.ColumnType;
import io.segsync.core.catalog.StreamDefinition;
import java.util.ArrayList;
import java.util.List;

/**
 * The table a stream lands in: its data columns, then the meta columns every table carries, and the
 * primary key.
 */
public record TableSchema(String table, List<Column> columns, List<String> primaryKey) {
    public static final String SYNCED_AT = "_segsync_synced_at";
    public static final String DELETED = "_segsync_deleted";
    public static final String ROW_HASH = "_segsync_row_hash";

    public TableSchema {
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
    }

    public static TableSchema of(StreamDefinition stream) {
        List<Column> all = new ArrayList<>(stream.allColumns());
        all.add(new Column(SYNCED_AT, "", ColumnType.TIMESTAMP, false));
        all.add(new Column(DELETED, "", ColumnType.BOOLEAN, false));
        all.add(new Column(ROW_HASH, "", ColumnType.STRING, false));
        return new TableSchema(stream.name(), all, stream.primaryKey());
    }

    public int indexOf(String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(column)) {
                return i;
            }
        }
        throw new IllegalArgumentException(table + " has no column " + column);
    }

    public boolean isPrimaryKey(String column) {
        return primaryKey.contains(column);
    }
}
