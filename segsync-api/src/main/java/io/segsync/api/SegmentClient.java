package io.segsync.api;

import io.segsync.api.error.SegmentApiException;
import io.segsync.api.error.TransientApiException;
import io.segsync.api.http.Page;
import io.segsync.api.http.PageParser;
import io.segsync.api.http.Transport;
import io.segsync.api.ops.Operation;
import io.segsync.api.ops.PaginationStyle;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Reads the Segment Public API for one workspace. Thread-safe: concurrent streams share one client,
 * and so one connection pool.
 */
public final class SegmentClient implements AutoCloseable {
    private final ClientSettings settings;
    private final Transport transport;

    public SegmentClient(ClientSettings settings) {
        this.settings = settings;
        this.transport = new Transport(settings);
    }

    public ClientSettings settings() {
        return settings;
    }

    /** Calls a single-object operation and returns its {@code data} object. */
    public ObjectNode get(Operation op, Map<String, String> pathParams, Map<String, String> query) {
        String path = path(op, pathParams, query, null);
        return transport.call(op, path, PageParser::parseData);
    }

    /** The cheapest authenticated call: the token's own workspace ({@code id}, {@code slug}, {@code name}). */
    public ObjectNode workspace() {
        return (ObjectNode) get(io.segsync.api.ops.Operations.GET_WORKSPACE, Map.of(), Map.of()).get("workspace");
    }

    /**
     * Calls a list operation page by page, handing each complete page to {@code handler} before the
     * next is requested. Stops when {@code pagination.next} is absent or null, never on a count.
     */
    public void forEachPage(Operation op, Map<String, String> pathParams, Map<String, String> query, PageHandler handler) {
        String cursor = null;
        do {
            if (Thread.currentThread().isInterrupted()) {
                throw new SegmentApiException(op.id(), 0, "", op.id() + " was interrupted", null);
            }
            String path = path(op, pathParams, query, cursor);
            Page page = transport.call(op, path, body -> PageParser.parse(body, op.listKey()));
            handler.accept(page);
            if (op.pagination() == PaginationStyle.NONE) {
                return;
            }
            if (!page.isLast() && page.next().equals(cursor)) {
                throw new TransientApiException(op.id(), 200, "", op.id() + " returned the same cursor twice; stopping instead of looping", null);
            }
            cursor = page.isLast() ? null : page.next();
        } while (cursor != null);
    }

    @FunctionalInterface
    public interface PageHandler {
        void accept(Page page);
    }

    private String path(Operation op, Map<String, String> pathParams, Map<String, String> query, String cursor) {
        String path = op.pathTemplate();
        for (String name : op.pathParameters()) {
            String value = pathParams.get(name);
            if (value == null || value.isEmpty()) {
                throw new IllegalArgumentException(op.id() + " needs path parameter " + name);
            }
            path = path.replace("{" + name + "}", URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        for (String required : op.requiredQuery()) {
            if (!query.containsKey(required)) {
                throw new IllegalArgumentException(op.id() + " needs query parameter " + required);
            }
        }
        Map<String, String> all = new LinkedHashMap<>(query);
        if (op.isPaged()) {
            all.put("pagination.count", Integer.toString(Math.min(settings.pageSize(), op.pagination().maxCount())));
            if (cursor != null) {
                all.put("pagination.cursor", cursor);
            }
        }
        if (all.isEmpty()) {
            return path;
        }
        StringJoiner q = new StringJoiner("&", "?", "");
        all.forEach((k, v) -> q.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return path + q;
    }

    @Override
    public void close() {
        transport.close();
    }

    @Override
    public String toString() {
        return "SegmentClient[" + settings.apiUrl() + "]";
    }
}
