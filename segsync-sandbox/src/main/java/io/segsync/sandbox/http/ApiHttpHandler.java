package io.segsync.sandbox.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.segsync.sandbox.data.Plan;
import io.segsync.sandbox.data.Region;
import io.segsync.sandbox.data.Workspace;
import io.segsync.sandbox.faults.Fault;
import io.segsync.sandbox.faults.FaultInjector;
import io.segsync.sandbox.limits.RateLimiter;
import java.io.IOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

/**
 * The request pipeline every operation shares: faults, authentication (token → workspace, region
 * check), routing, plan gating, version negotiation, rate limits, the {@code data} envelope and error
 * envelopes (never both data and errors).
 */
public final class ApiHttpHandler implements HttpHandler {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Region region;
    private final RouteTable routes;
    private final Function<String, Optional<Workspace>> tenants;
    private final RateLimiter limiter;
    private final FaultInjector faults;
    private final Clock clock;
    private final RequestCounter counter;

    /**
     * Counts the requests answered, by operation ({@code 429} under {@code rate-limited}): for the
     * benchmarks, which must know how many pages a run fetched and how many requests were refused.
     */
    public static final class RequestCounter {
        private final ConcurrentMap<String, LongAdder> counts = new ConcurrentHashMap<>();

        void count(String key) {
            counts.computeIfAbsent(key, k -> new LongAdder()).increment();
        }

        /** A snapshot of the counts by operation id, plus {@code rate-limited} for the 429s answered. */
        public Map<String, Long> snapshot() {
            Map<String, Long> out = new java.util.TreeMap<>();
            counts.forEach((k, v) -> out.put(k, v.sum()));
            return out;
        }

        public void reset() {
            counts.clear();
        }
    }

    public ApiHttpHandler(Region region, RouteTable routes, Function<String, Optional<Workspace>> tenants,
                          RateLimiter limiter, FaultInjector faults, Clock clock) {
        this(region, routes, tenants, limiter, faults, clock, new RequestCounter());
    }

    public ApiHttpHandler(Region region, RouteTable routes, Function<String, Optional<Workspace>> tenants,
                          RateLimiter limiter, FaultInjector faults, Clock clock, RequestCounter counter) {
        this.counter = counter;
        this.region = region;
        this.routes = routes;
        this.tenants = tenants;
        this.limiter = limiter;
        this.faults = faults;
        this.clock = clock;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        ResponseWriter out = new ResponseWriter(exchange, faults.slowChunkDelayMs());
        String token = bearer(exchange.getRequestHeaders().getFirst("Authorization"));
        Fault fault = faults.decide(token == null ? "" : token,
                exchange.getRequestMethod() + " " + exchange.getRequestURI());
        sleep(faults.latencyMs());
        if (fault == Fault.CONNECTION_RESET) {
            out.reset();
            return;
        }
        try {
            if (fault == Fault.SERVER_ERROR) {
                int status = new int[] {500, 502, 503}[Math.floorMod(exchange.getRequestURI().hashCode(), 3)];
                throw new ApiError(status, status == 503 ? "ServiceUnavailable" : "InternalServerError", "Internal server error");
            }
            if (fault == Fault.RATE_LIMITED) {
                throw rateLimited(new RateLimiter.Decision(false, 0, 0, clock.instant().plusSeconds(1), 1000));
            }
            ObjectNode body = MAPPER.createObjectNode();
            body.set("data", dispatch(exchange, token));
            out.send(200, MAPPER.writeValueAsBytes(body), fault);
        } catch (RateLimitedError e) {
            counter.count("rate-limited");
            exchange.getResponseHeaders().set("Retry-After", Long.toString(Math.max(1, (e.decision.msBeforeNext() + 999) / 1000)));
            ObjectNode body = errorBody("RequestError", "Too many requests");
            ((ObjectNode) body.get("errors").get(0)).putObject("data")
                    .put("remainingPoints", 0)
                    .put("msBeforeNext", e.decision.msBeforeNext())
                    .put("consumedPoints", e.decision.consumed());
            out.send(429, MAPPER.writeValueAsBytes(body), Fault.NONE);
        } catch (ApiError e) {
            ObjectNode body = errorBody(e.type(), e.getMessage());
            if (e.field() != null) {
                ((ObjectNode) body.get("errors").get(0)).put("field", e.field());
            }
            out.send(e.status(), MAPPER.writeValueAsBytes(body), Fault.NONE);
        } catch (RuntimeException e) {
            out.send(500, MAPPER.writeValueAsBytes(errorBody("InternalServerError",
                    "The sandbox failed: " + e.getClass().getSimpleName())), Fault.NONE);
        }
    }

    private ObjectNode dispatch(HttpExchange exchange, String token) {
        if (!"GET".equals(exchange.getRequestMethod())) {
            throw new ApiError(405, "MethodNotAllowed", "The sandbox serves GET operations only");
        }
        Workspace workspace = authenticate(token);
        String path = exchange.getRequestURI().getRawPath();
        RouteTable.Match match = routes.match(path).orElseThrow(ApiError::notFound);
        Route route = match.route();
        if (route.businessOnly() && workspace.plan() != Plan.BUSINESS) {
            throw ApiError.forbidden(route.operationId() + " needs a Business plan: this workspace is on the Team plan");
        }
        String accept = exchange.getRequestHeaders().getFirst("Accept");
        ApiVersion served = negotiate(route, accept);
        RateLimiter.Decision decision = limiter.acquire(token, route.operationId(), clock.instant());
        if (!decision.allowed()) {
            throw rateLimited(decision);
        }
        counter.count(route.operationId());
        Map<String, List<String>> query = QueryString.parse(exchange.getRequestURI().getRawQuery());
        ObjectNode data = route.handler().handle(new Request(workspace, path, match.params(), query, accept, clock.instant()));
        exchange.getResponseHeaders().set("Content-Type", served.mediaType());
        exchange.getResponseHeaders().set("X-RateLimit-Consumed", Integer.toString(decision.consumed()));
        exchange.getResponseHeaders().set("X-RateLimit-Remaining", Integer.toString(decision.remaining()));
        exchange.getResponseHeaders().set("X-RateLimit-Reset",
                DateTimeFormatter.RFC_1123_DATE_TIME.format(decision.reset().atZone(ZoneOffset.UTC).withNano(0).plusSeconds(1)));
        return data;
    }

    private static String bearer(String header) {
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return header.substring(7).trim();
    }

    private Workspace authenticate(String token) {
        if (token == null) {
            throw ApiError.unauthorized("Missing bearer token: send Authorization: Bearer <Public API token>");
        }
        Workspace workspace = tenants.apply(token).orElseThrow(
                () -> ApiError.unauthorized("The provided API token is invalid or does not have access to this resource"));
        if (workspace.region() != region) {
            // Segment answers a token of the other region as if it did not exist.
            throw ApiError.unauthorized("The provided API token is invalid or does not have access to this resource");
        }
        return workspace;
    }

    /** An operation only serves versions at least as unstable as its most stable one. */
    private static ApiVersion negotiate(Route route, String accept) {
        Optional<ApiVersion> asked = ApiVersion.requested(accept);
        if (asked.isEmpty()) {
            if (!route.version().isAcceptable(accept)) {
                throw new ApiError(406, "NotAcceptable", "Unsupported Accept header");
            }
            return route.version();
        }
        if (asked.get().ordinal() < route.version().ordinal()) {
            throw new ApiError(406, "NotAcceptable", route.operationId() + " is not available in version "
                    + asked.get().name().toLowerCase() + "; use " + route.version().mediaType());
        }
        return asked.get();
    }

    private static RateLimitedError rateLimited(RateLimiter.Decision decision) {
        return new RateLimitedError(decision);
    }

    private static final class RateLimitedError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient RateLimiter.Decision decision;

        RateLimitedError(RateLimiter.Decision decision) {
            super("rate limited", null, false, false);
            this.decision = decision;
        }
    }

    static ObjectNode errorBody(String type, String message) {
        ObjectNode body = MAPPER.createObjectNode();
        ObjectNode error = body.putArray("errors").addObject();
        error.put("type", type);
        error.put("message", message);
        return body;
    }

    private static void sleep(int ms) {
        if (ms <= 0) {
            return;
        }
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
