package io.segsync.sandbox.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The request pipeline every operation shares: authentication, routing, version negotiation, the
 * {@code data} envelope, rate-limit headers and error envelopes (never both data and errors).
 */
public final class ApiHttpHandler implements HttpHandler {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final List<Route> routes;
    private final Supplier<Set<String>> validTokens;

    public ApiHttpHandler(List<Route> routes, Supplier<Set<String>> validTokens) {
        this.routes = List.copyOf(routes);
        this.validTokens = validTokens;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            try {
                ObjectNode data = dispatch(exchange);
                ObjectNode body = MAPPER.createObjectNode();
                body.set("data", data);
                addRateLimitHeaders(exchange);
                send(exchange, 200, body);
            } catch (ApiError e) {
                send(exchange, e.status(), errorBody(e.type(), e.getMessage()));
            } catch (RuntimeException e) {
                send(exchange, 500, errorBody("InternalServerError", "The sandbox failed: " + e.getClass().getSimpleName()));
            }
        }
    }

    private ObjectNode dispatch(HttpExchange exchange) {
        if (!"GET".equals(exchange.getRequestMethod())) {
            throw new ApiError(405, "MethodNotAllowed", "The sandbox serves GET operations only");
        }
        authenticate(exchange.getRequestHeaders().getFirst("Authorization"));
        String path = exchange.getRequestURI().getRawPath();
        for (Route route : routes) {
            Optional<Map<String, String>> params = route.match(path);
            if (params.isPresent()) {
                String accept = exchange.getRequestHeaders().getFirst("Accept");
                ApiVersion served = negotiate(route, accept);
                exchange.getResponseHeaders().set("Content-Type", served.mediaType());
                Map<String, List<String>> query = QueryString.parse(exchange.getRequestURI().getRawQuery());
                return route.handler().handle(new Request(path, params.get(), query, accept));
            }
        }
        throw ApiError.notFound();
    }

    private void authenticate(String header) {
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw ApiError.unauthorized("Missing bearer token: send Authorization: Bearer <Public API token>");
        }
        String token = header.substring(7).trim();
        if (!validTokens.get().contains(token)) {
            throw ApiError.unauthorized("The provided API token is invalid or does not have access to this resource");
        }
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

    private static void addRateLimitHeaders(HttpExchange exchange) {
        ZonedDateTime reset = ZonedDateTime.now(ZoneOffset.UTC).withNano(0).plusSeconds(60);
        exchange.getResponseHeaders().set("X-RateLimit-Consumed", "1");
        exchange.getResponseHeaders().set("X-RateLimit-Remaining", "599");
        exchange.getResponseHeaders().set("X-RateLimit-Reset", DateTimeFormatter.RFC_1123_DATE_TIME.format(reset));
    }

    static ObjectNode errorBody(String type, String message) {
        ObjectNode body = MAPPER.createObjectNode();
        ObjectNode error = body.putArray("errors").addObject();
        error.put("type", type);
        error.put("message", message);
        return body;
    }

    private static void send(HttpExchange exchange, int status, ObjectNode body) throws IOException {
        byte[] bytes = MAPPER.writeValueAsBytes(body);
        if (!exchange.getResponseHeaders().containsKey("Content-Type")) {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
        }
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
