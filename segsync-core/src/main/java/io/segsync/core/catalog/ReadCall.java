package io.segsync.core.catalog;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One API call a stream makes: its path and query parameters, and the context columns every row of
 * that call carries (the parent's keys, the usage period...). A stream reads the calls its parent rows
 * and its partitions produce.
 *
 * @param path    path parameters by name ({@code sourceId})
 * @param query   query parameters by name ({@code period}, {@code startTime}...)
 * @param context values of the stream's context columns, by column name ({@code source_id}, {@code period})
 */
public record ReadCall(Map<String, String> path, Map<String, String> query, Map<String, String> context) {
    public static final ReadCall NONE = new ReadCall(Map.of(), Map.of(), Map.of());

    public ReadCall {
        path = Map.copyOf(path);
        query = Map.copyOf(query);
        context = Map.copyOf(context);
    }

    /** Both calls' parameters and context; {@code other} wins a clash. */
    public ReadCall merge(ReadCall other) {
        return new ReadCall(union(path, other.path), union(query, other.query), union(context, other.context));
    }

    /** This call with extra query parameters (a watermark strategy's time window). */
    public ReadCall withQuery(Map<String, String> extra) {
        return new ReadCall(path, union(query, extra), context);
    }

    private static Map<String, String> union(Map<String, String> a, Map<String, String> b) {
        Map<String, String> all = new LinkedHashMap<>(a);
        all.putAll(b);
        return all;
    }
}
