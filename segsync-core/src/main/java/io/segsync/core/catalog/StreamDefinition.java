package io.segsync.core.catalog;

import io.segsync.api.ops.Operation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One dataset of the API and the table it lands in: the operation that reads it, how it binds to its
 * parent(s), the calls it makes (partitions: resource types, usage months, metric windows), its
 * columns and primary key, and how it changes. Adding a stream is adding one of these, through
 * {@link #stream(String, Operation)}.
 *
 * @param cursorField    for an append-only stream, the timestamp field its watermark follows; else null
 * @param contextColumns columns filled from the call, not the record: the parent binding's, then the
 *                       partitions' ({@code period}); they come first in the table
 * @param partitioner    the calls besides the parent fan-out
 * @param shape          how an API item becomes rows (series exploded, nested keys lifted)
 * @param wholeResponse  the operation answers one object per call ({@code connection-state},
 *                       {@code settings}): the call lands one row, from {@code data.<key>} when that is
 *                       an object, else from {@code data} itself
 * @param access         what the workspace needs (plan or feature) when the operation's area does not say, else empty
 */
public record StreamDefinition(
        String name,
        Operation operation,
        Optional<ParentBinding> parent,
        List<Column> columns,
        List<String> primaryKey,
        StreamKind kind,
        String cursorField,
        List<Column> contextColumns,
        Partitioner partitioner,
        RecordShape shape,
        boolean wholeResponse,
        String access) {

    /** A configuration snapshot stream with a single parent key column (the original form). */
    public StreamDefinition(String name, Operation operation, Optional<ParentBinding> parent, List<Column> columns,
                            List<String> primaryKey) {
        this(name, operation, parent, columns, primaryKey, StreamKind.SNAPSHOT, null);
    }

    public StreamDefinition(String name, Operation operation, Optional<ParentBinding> parent, List<Column> columns,
                            List<String> primaryKey, StreamKind kind, String cursorField) {
        this(name, operation, parent, columns, primaryKey, kind, cursorField,
                parent.map(p -> p.columns().stream().map(StreamDefinition::contextColumn).toList()).orElse(List.of()),
                Partitioner.NONE, RecordShape.AS_IS, !operation.returnsList(), "");
    }

    public StreamDefinition {
        Objects.requireNonNull(name);
        Objects.requireNonNull(operation);
        Objects.requireNonNull(partitioner);
        Objects.requireNonNull(shape);
        Objects.requireNonNull(access);
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        contextColumns = List.copyOf(contextColumns);
        if (primaryKey.isEmpty()) {
            throw new IllegalArgumentException(name + ": every stream has a primary key");
        }
        List<String> names = new ArrayList<>();
        for (Column c : contextColumns) {
            names.add(c.name());
        }
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
        if (parent.isPresent()) {
            for (String p : operation.pathParameters()) {
                boolean bound = parent.get().binds().stream().anyMatch(b -> p.equals(b.param()) && b.into() == ParentBinding.Into.PATH);
                boolean partitioned = !partitioner.equals(Partitioner.NONE);
                if (!bound && !partitioned) {
                    throw new IllegalArgumentException(name + ": path parameter " + p + " of " + operation.id() + " is not bound");
                }
            }
        } else if (!operation.pathParameters().isEmpty() && partitioner.equals(Partitioner.NONE)) {
            throw new IllegalArgumentException(name + ": " + operation.id() + " needs a parent for " + operation.pathParameters());
        }
    }

    /** Starts a definition: {@code stream("sources", LIST_SOURCES).columns(...).key("id").build()}. */
    public static Builder stream(String name, Operation operation) {
        return new Builder(name, operation);
    }

    /** Columns including the context columns (parent keys, period), which come first. */
    public List<Column> allColumns() {
        List<Column> all = new ArrayList<>(contextColumns);
        all.addAll(columns);
        return all;
    }

    /** The parent streams this one reads under: the parent and, for a join, the second stream. */
    public List<String> parentStreams() {
        return parent.map(ParentBinding::streams).orElse(List.of());
    }

    /** The calls of one run: each parent tuple (or none, top-level) times each partition. */
    public List<ReadCall> calls(List<Map<String, String>> parentTuples, ReadScope scope) {
        List<ReadCall> partitions = partitioner.partitions(scope);
        if (parent.isEmpty()) {
            return partitions;
        }
        List<ReadCall> calls = new ArrayList<>(parentTuples.size() * partitions.size());
        for (Map<String, String> tuple : parentTuples) {
            ReadCall base = parent.get().callFor(tuple);
            for (ReadCall p : partitions) {
                calls.add(base.merge(p));
            }
        }
        return calls;
    }

    /** The update methods this stream supports, in words ({@code metadata} shows them). */
    public List<String> methods() {
        String cdc = switch (kind) {
            case SNAPSHOT -> "cdc (snapshot diff)";
            case APPEND_ONLY -> "cdc (watermark on " + cursorField + ")";
            case WINDOWED -> "cdc (trailing window)";
        };
        return List.of("full-load", "reload-compare", cdc);
    }

    /** What the workspace needs to serve this stream: the stream's own note, else its operation's. */
    public String gating() {
        return access.isEmpty() ? operation.gating() : access;
    }

    private static Column contextColumn(String name) {
        return new Column(name, "", ColumnType.STRING, false);
    }

    /** Builds one definition; a stream reads as one declarative entry. */
    public static final class Builder {
        private final String name;
        private final Operation operation;
        private Optional<ParentBinding> parent = Optional.empty();
        private List<Column> columns = List.of();
        private List<String> key = List.of();
        private StreamKind kind = StreamKind.SNAPSHOT;
        private String cursorField;
        private final List<String> partitionColumns = new ArrayList<>();
        private Partitioner partitioner = Partitioner.NONE;
        private RecordShape shape = RecordShape.AS_IS;
        private boolean whole;
        private String access = "";

        private Builder(String name, Operation operation) {
            this.name = name;
            this.operation = operation;
            this.whole = !operation.returnsList();
        }

        public Builder child(ParentBinding binding) {
            parent = Optional.of(binding);
            return this;
        }

        public Builder columns(Column... value) {
            columns = List.of(value);
            return this;
        }

        public Builder key(String... value) {
            key = List.of(value);
            return this;
        }

        /** Extra calls per run; {@code contextColumns} are the columns their context fills. */
        public Builder partitions(Partitioner value, String... contextColumns) {
            partitioner = value;
            partitionColumns.addAll(Arrays.asList(contextColumns));
            return this;
        }

        public Builder shape(RecordShape value) {
            shape = value;
            return this;
        }

        /** The operation answers one object per call, which lands as one row. */
        public Builder oneRowPerCall() {
            whole = true;
            return this;
        }

        public Builder appendOnly(String cursor) {
            kind = StreamKind.APPEND_ONLY;
            cursorField = cursor;
            return this;
        }

        public Builder windowed() {
            kind = StreamKind.WINDOWED;
            return this;
        }

        /** What the workspace needs, where the operation's area does not say it (the sandbox and Segment agree). */
        public Builder access(String note) {
            access = note;
            return this;
        }

        public StreamDefinition build() {
            List<Column> context = new ArrayList<>();
            parent.ifPresent(p -> p.columns().forEach(c -> context.add(contextColumn(c))));
            partitionColumns.forEach(c -> context.add(contextColumn(c)));
            return new StreamDefinition(name, operation, parent, columns, key, kind, cursorField, context, partitioner,
                    shape, whole, access);
        }
    }
}
