package io.segsync.core.catalog;

import io.segsync.api.ops.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One dataset of the API and the table it lands in: the operation that reads it, how it binds to a
 * parent, its columns and its primary key, and how it changes. Adding a stream is adding one of these.
 *
 * @param cursorField for an append-only stream, the timestamp field its watermark follows; else null
 */
public record StreamDefinition(
        String name,
        Operation operation,
        Optional<ParentBinding> parent,
        List<Column> columns,
        List<String> primaryKey,
        StreamKind kind,
        String cursorField) {

    /** A configuration snapshot stream. */
    public StreamDefinition(String name, Operation operation, Optional<ParentBinding> parent, List<Column> columns,
                            List<String> primaryKey) {
        this(name, operation, parent, columns, primaryKey, StreamKind.SNAPSHOT, null);
    }

    public StreamDefinition {
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        List<String> names = new ArrayList<>();
        parent.ifPresent(p -> names.add(p.column()));
        for (Column c : columns) {
            if (names.contains(c.name())) {
                throw new IllegalArgumentException(name + ": duplicate column " + c.name());
            }
            names.add(c.name());
        }
        for (String key : primaryKey) {
            if (!names.contains(key)) {
                throw new IllegalArgumentException(name + ": primary key column " + key + " is not a column");
            }
        }
        if ((kind == StreamKind.APPEND_ONLY) != (cursorField != null)) {
            throw new IllegalArgumentException(name + ": an append-only stream, and only one, names its cursor field");
        }
    }

    /** Columns including the parent key column of a child stream, which comes first. */
    public List<Column> allColumns() {
        if (parent.isEmpty()) {
            return columns;
        }
        List<Column> all = new ArrayList<>();
        all.add(new Column(parent.get().column(), "", ColumnType.STRING, false));
        all.addAll(columns);
        return all;
    }
}
