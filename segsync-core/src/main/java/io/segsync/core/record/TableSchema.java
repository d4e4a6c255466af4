package io.segsync.core.record;

import io.segsync.core.catalog.Column;
import io.segsync.core.catalog.ColumnType;
import io.segsync.core.catalog.StreamDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The table a stream lands in: its declared columns, the meta columns every table carries, then any
 * columns discovered later (a field Segment added), in the order a target's {@code ADD COLUMN} keeps.
 */
public record TableSchema(String table, List<Column> columns, List<String> primaryKey) {
    public static final String SYNCED_AT = "_segsync_synced_at";
    public static final String DELETED = "_segsync_deleted";
    public static final String ROW_HASH = "_segsync_row_hash";
    private static final Set<String> META = Set.of(SYNCED_AT, DELETED, ROW_HASH);

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

    public static boolean isMeta(String column) {
        return META.contains(column);
    }

    public int indexOf(String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(column)) {
                return i;
            }
        }
        throw new IllegalArgumentException(table + " has no column " + column);
    }

    public Optional<Column> column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    public boolean isPrimaryKey(String column) {
        return primaryKey.contains(column);
    }

    /** This schema with one more column at the end. */
    public TableSchema withColumn(Column column) {
        List<Column> all = new ArrayList<>(columns);
        all.add(column);
        return new TableSchema(table, all, primaryKey);
    }

    /** This schema with a column's type replaced (a widening). */
    public TableSchema withType(String name, ColumnType type) {
        List<Column> all = new ArrayList<>(columns);
        int i = indexOf(name);
        Column c = all.get(i);
        all.set(i, new Column(c.name(), c.field(), type, c.secret()));
        return new TableSchema(table, all, primaryKey);
    }

    /** This schema with a column bound to another JSON field. */
    public TableSchema withField(String name, String field) {
        List<Column> all = new ArrayList<>(columns);
        int i = indexOf(name);
        Column c = all.get(i);
        all.set(i, new Column(c.name(), field, c.type(), c.secret()));
        return new TableSchema(table, all, primaryKey);
    }

    /**
     * Adds the columns a target already has that this schema lacks (discovered by an earlier run), and
     * takes the target's type where it is wider, so a run never narrows or drops what is stored.
     */
    public TableSchema mergedWith(List<Column> existing) {
        TableSchema merged = this;
        for (Column c : existing) {
            Optional<Column> mine = merged.column(c.name());
            if (mine.isEmpty()) {
                merged = merged.withColumn(c);
            } else if (ColumnTypes.wider(mine.get().type(), c.type()) != mine.get().type()) {
                merged = merged.withType(c.name(), ColumnTypes.wider(mine.get().type(), c.type()));
            }
        }
        return merged;
    }
}
