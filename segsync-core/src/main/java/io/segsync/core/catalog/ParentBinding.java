package io.segsync.core.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * How a child stream is read once per parent row: which values of the parent row it takes, and where
 * each goes (a path parameter, a query parameter, or only a column of the child table). A value is
 * named by the parent record's field ({@code id}, {@code sourceId}) or by one of the parent's own
 * context columns ({@code warehouse_id}), so grandchildren can take their grandparent's key along.
 *
 * <p>A {@link Join} pairs each parent row with the rows of a second stream that match it
 * (reverse-ETL model × the subscriptions of its source's destinations); the second stream's values are
 * then named {@code <stream>.<name>}.
 *
 * @param parentStream the stream whose rows drive the reads
 * @param binds        what each call takes from the row
 * @param join         the second parent, if any
 */
public record ParentBinding(String parentStream, List<Bind> binds, Optional<Join> join) {
    public enum Into { PATH, QUERY, COLUMN }

    /**
     * @param from   the parent value: record field or parent context column ({@code stream.name} for a join's)
     * @param into   where it goes
     * @param param  the path or query parameter (null for COLUMN)
     * @param column the child table's column that carries it (part of the child's primary key)
     */
    public record Bind(String from, Into into, String param, String column) {}

    /** Pairs a parent row with the rows of {@code stream} whose value {@code equals} is the parent's value {@code on}. */
    public record Join(String stream, String on, String equals) {}

    public ParentBinding {
        binds = List.copyOf(binds);
    }

    public static ParentBinding of(String parentStream) {
        return new ParentBinding(parentStream, List.of(), Optional.empty());
    }

    /** The common case: the parent's {@code id} into one path parameter and one column. */
    public static ParentBinding byId(String parentStream, String pathParam, String column) {
        return of(parentStream).path("id", pathParam, column);
    }

    public ParentBinding path(String from, String param, String column) {
        return with(new Bind(from, Into.PATH, param, column));
    }

    public ParentBinding query(String from, String param, String column) {
        return with(new Bind(from, Into.QUERY, param, column));
    }

    /** A parent value kept as a column of the child only (it is not a parameter of the call). */
    public ParentBinding column(String from, String column) {
        return with(new Bind(from, Into.COLUMN, null, column));
    }

    public ParentBinding joining(String stream, String on, String equals) {
        return new ParentBinding(parentStream, binds, Optional.of(new Join(stream, on, equals)));
    }

    private ParentBinding with(Bind bind) {
        List<Bind> all = new ArrayList<>(binds);
        all.add(bind);
        return new ParentBinding(parentStream, all, join);
    }

    /** The parent streams: the parent, and the joined stream if any. */
    public List<String> streams() {
        List<String> out = new ArrayList<>();
        out.add(parentStream);
        join.ifPresent(j -> out.add(j.stream()));
        return out;
    }

    /** The values this binding needs from each row of {@code stream}: what the run keeps of that stream. */
    public Set<String> needsFrom(String stream) {
        Set<String> names = new LinkedHashSet<>();
        String prefix = stream + ".";
        boolean joined = join.isPresent() && join.get().stream().equals(stream);
        for (Bind b : binds) {
            if (joined && b.from().startsWith(prefix)) {
                names.add(b.from().substring(prefix.length()));
            } else if (!joined && stream.equals(parentStream) && !b.from().contains(".")) {
                names.add(b.from());
            }
        }
        join.ifPresent(j -> {
            if (stream.equals(parentStream)) {
                names.add(j.on());
            }
            if (joined) {
                names.add(j.equals());
            }
        });
        return names;
    }

    /** The parent tuples to read under, given the tuples each parent stream kept in this run. */
    public List<Map<String, String>> tuples(Function<String, List<Map<String, String>>> keptOf) {
        List<Map<String, String>> parents = keptOf.apply(parentStream);
        if (join.isEmpty()) {
            return parents;
        }
        Join j = join.get();
        Map<String, List<Map<String, String>>> byValue = new HashMap<>();
        for (Map<String, String> other : keptOf.apply(j.stream())) {
            byValue.computeIfAbsent(other.get(j.equals()), k -> new ArrayList<>()).add(other);
        }
        List<Map<String, String>> out = new ArrayList<>();
        for (Map<String, String> parent : parents) {
            for (Map<String, String> other : byValue.getOrDefault(parent.get(j.on()), List.of())) {
                Map<String, String> merged = new LinkedHashMap<>(parent);
                other.forEach((k, v) -> merged.put(j.stream() + "." + k, v));
                out.add(merged);
            }
        }
        return out;
    }

    /** The call for one parent tuple. */
    public ReadCall callFor(Map<String, String> tuple) {
        Map<String, String> path = new LinkedHashMap<>();
        Map<String, String> query = new LinkedHashMap<>();
        Map<String, String> context = new LinkedHashMap<>();
        for (Bind b : binds) {
            String value = tuple.get(b.from());
            switch (b.into()) {
                case PATH -> path.put(b.param(), value);
                case QUERY -> query.put(b.param(), value);
                case COLUMN -> { }
            }
            context.put(b.column(), value);
        }
        return new ReadCall(path, query, context);
    }

    /** The child's columns that carry parent values, in bind order. */
    public List<String> columns() {
        return binds.stream().map(Bind::column).toList();
    }
}
