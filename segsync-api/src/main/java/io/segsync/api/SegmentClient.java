package io.segsync.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segsync.api.error.OperationCancelledException;
import io.segsync.api.error.TransientApiException;
import io.segsync.api.http.Page;
import io.segsync.api.http.PageParser;
import io.segsync.api.http.Transport;
import io.segsync.api.limits.RateLimiterRegistry;
import io.segsync.api.ops.Operation;
import io.segsync.api.ops.Operations;
import io.segsync.api.ops.PaginationStyle;
import io.segsync.api.retry.RetryObserver;
import io.segsync.api.retry.RetryingCaller;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads the Segment Public API for one workspace. Thread-safe: concurrent streams share one client (and
 * every client of the same token shares one rate limiter, see {@link RateLimiterRegistry}).
 *
 * <p>How to call an operation:
 * <ul>
 *   <li>path parameters by name ({@code Map.of("trackingPlanId", id)});</li>
 *   <li>query parameters by name, as Segment spells them; an operation's
 *       {@link Operation#requiredQuery() required} ones must be there ({@code period} for usage,
 *       {@code startTime}/{@code endTime}/{@code granularity} for metrics, ISO-8601 text) or the call
 *       fails before anything is sent. Pagination parameters are the client's business: never pass them;</li>
 *   <li>a two-cursor operation pages one of its lists at a time: {@code forEachPage(op, ...)} reads its
 *       first list, {@code forEachPage(op.subList("sources"), ...)} the other.</li>
 * </ul>
 * Every call retries what usually passes (408, 429, 5xx, resets, timeouts, cut bodies) within
 * {@link ClientSettings#retry()}, and throws a typed {@code SegmentApiException} naming the operation
 * otherwise. An interrupted thread gets {@link OperationCancelledException}.
 */
public final class SegmentClient implements AutoCloseable {
    private final ClientSettings settings;
    private final Transport transport;
    private final RetryingCaller caller;
    /** Fetches a list's next page while the caller handles the current one; daemon threads, one per list being read. */
    private final ExecutorService prefetcher = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "segsync-page-prefetch");
        t.setDaemon(true);
        return t;
    });

    public SegmentClient(ClientSettings settings) {
        this(settings, RetryObserver.NONE);
    }

    public SegmentClient(ClientSettings settings, RetryObserver observer) {
        this.settings = settings;
        this.transport = new Transport(settings, RateLimiterRegistry.shared().forToken(settings.token(), settings.rateLimits()));
        this.caller = new RetryingCaller(settings.retry(), observer);
    }

    public ClientSettings settings() {
        return settings;
    }

    /** Calls an operation once (with retries) and returns its whole {@code data} object. */
    public ObjectNode get(Operation op, Map<String, String> pathParams, Map<String, String> query) {
        String path = path(op, pathParams, query, null);
        checkInterrupted(op);
        return caller.call(op, attempt -> transport.attempt(op, path, PageParser::parseData));
    }

    /** The cheapest authenticated call: the token's own workspace ({@code id}, {@code slug}, {@code name}). */
    public ObjectNode workspace() {
        return (ObjectNode) get(Operations.GET_WORKSPACE, Map.of(), Map.of()).get("workspace");
    }

    /**
     * Calls a list operation page by page, handing each complete page to {@code handler} before the
     * next is requested. Stops when the cursor is absent or null, never on a count. A page whose body
     * failed is fetched again whole; the handler never sees part of one, and never sees a page twice.
     */
    public void forEachPage(Operation op, Map<String, String> pathParams, Map<String, String> query, PageHandler handler) {
        if (!op.returnsList()) {
            throw new IllegalArgumentException(op.id() + " returns a single object, not a list: call get()");
        }
        checkInterrupted(op);
        // One page ahead: the next page is fetched while the handler writes this one, so a sync pays the
        // API's latency or the target's time per page, not both. A page is still handed on only whole.
        String cursor = null;
        Future<Page> pending = fetch(op, pathParams, query, cursor);
        while (true) {
            Page page = await(op, pending);
            String next = nextCursor(op, page, cursor);
            Future<Page> ahead = next == null ? null : fetch(op, pathParams, query, next);
            try {
                checkInterrupted(op);
                handler.accept(page);
            } catch (RuntimeException e) {
                if (ahead != null) {
                    ahead.cancel(true);
                }
                throw e;
            }
            if (ahead == null) {
                return;
            }
            pending = ahead;
            cursor = next;
        }
    }

    /** The cursor of the page after {@code page}, or null when it was the last. */
    private static String nextCursor(Operation op, Page page, String cursor) {
        if (!op.pagination().followsCursor() || page.isLast()) {
            return null;
        }
        if (page.next().equals(cursor)) {
            throw new TransientApiException(op.id(), 200, "", op.id() + " returned the same cursor twice; stopping instead of looping.", null);
        }
        if (op.pagination() == PaginationStyle.OFFSET && page.items().isEmpty()) {
            return null; // an offset past the end: numbers never run out by themselves
        }
        return page.next();
    }

    private Future<Page> fetch(Operation op, Map<String, String> pathParams, Map<String, String> query, String cursor) {
        String path = path(op, pathParams, query, cursor);
        return prefetcher.submit(() -> caller.call(op, attempt -> transport.attempt(op, path,
                body -> PageParser.parse(body, op.listKey(), op.paginationKey()))));
    }

    private static Page await(Operation op, Future<Page> pending) {
        try {
            return pending.get();
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw new OperationCancelledException(op.id(), op.id() + " was cancelled.");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(op.id() + " failed: " + e.getCause(), e.getCause());
        }
    }

    @FunctionalInterface
    public interface PageHandler {
        void accept(Page page);
    }

    private static void checkInterrupted(Operation op) {
        if (Thread.currentThread().isInterrupted()) {
            throw OperationCancelledException.of(op.id());
        }
    }

    private String path(Operation op, Map<String, String> pathParams, Map<String, String> query, String cursor) {
        String path = op.pathTemplate();
        for (String name : op.pathParameters()) {
            String value = pathParams.get(name);
            if (value == null || value.isEmpty()) {
                throw new IllegalArgumentException(op.id() + " needs path parameter " + name);
            }
            path = path.replace("{" + name + "}", encode(value));
        }
        for (String required : op.requiredQuery()) {
            String value = query.get(required);
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException(op.id() + " needs query parameter " + required);
            }
        }
        Map<String, String> all = new LinkedHashMap<>(query);
        PaginationStyle style = op.pagination();
        if (style.sendsPageSize()) {
            String count = style.countParameter(op.paginationKey());
            String cursorParam = style.cursorParameter(op.paginationKey());
            if (query.containsKey(count) || query.containsKey(cursorParam)) {
                throw new IllegalArgumentException(op.id() + ": pagination parameters are set by the client, not the caller");
            }
            all.put(count, Integer.toString(Math.min(settings.pageSize(), style.maxCount())));
            if (cursor != null) {
                all.put(cursorParam, cursor);
            }
        }
        if (all.isEmpty()) {
            return path;
        }
        StringJoiner q = new StringJoiner("&", "?", "");
        all.forEach((k, v) -> q.add(encode(k) + "=" + encode(v)));
        return path + q;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public void close() {
        prefetcher.shutdownNow();
        transport.close();
    }

    @Override
    public String toString() {
        return "SegmentClient[" + settings.apiUrl() + "]";
    }
}
