package io.segsync.sandbox.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.segsync.sandbox.churn.Change;
import io.segsync.sandbox.churn.Churn;
import io.segsync.sandbox.data.Workspace;
import io.segsync.sandbox.faults.FaultInjector;
import io.segsync.sandbox.faults.FaultSpec;
import io.segsync.sandbox.http.ApiHttpHandler;
import io.segsync.sandbox.limits.RateLimiter;
import io.segsync.sandbox.limits.RateLimits;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The sandbox's own control API under {@code /__sandbox/}, outside Segment's paths. It needs no
 * Segment token: the server only listens on loopback. Lets a test drive a sandbox in another process
 * the way {@code SandboxServer}'s Java API drives one in-process.
 *
 * <ul>
 *   <li>{@code POST /__sandbox/churn?steps=N}: apply N churn steps; answers the changes</li>
 *   <li>{@code GET /__sandbox/counts}: {@link Workspace#counts()}</li>
 *   <li>{@code GET /__sandbox/ids?collection=sources}: current ids of a collection</li>
 *   <li>{@code POST /__sandbox/faults?spec=...}, {@code DELETE /__sandbox/faults}</li>
 *   <li>{@code POST /__sandbox/rate-limit?spec=off|N|N/Ws}</li>
 *   <li>{@code GET /__sandbox/heap}: heap in use after a GC, for memory tests</li>
 *   <li>{@code GET /__sandbox/requests}: requests answered by operation id (429s under {@code rate-limited}),
 *       {@code DELETE /__sandbox/requests} resets them: for benchmarks</li>
 * </ul>
 */
public final class AdminHandler implements HttpHandler {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final Workspace workspace;
    private final Churn churn;
    private final FaultInjector faults;
    private final RateLimiter limiter;
    private final ApiHttpHandler.RequestCounter requests;

    public AdminHandler(Workspace workspace, Churn churn, FaultInjector faults, RateLimiter limiter) {
        this(workspace, churn, faults, limiter, new ApiHttpHandler.RequestCounter());
    }

    public AdminHandler(Workspace workspace, Churn churn, FaultInjector faults, RateLimiter limiter,
                        ApiHttpHandler.RequestCounter requests) {
        this.requests = requests;
        this.workspace = workspace;
        this.churn = churn;
        this.faults = faults;
        this.limiter = limiter;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            ObjectNode body = MAPPER.createObjectNode();
            int status = 200;
            try {
                switch (method + " " + path) {
                    case "POST /__sandbox/churn": {
                        ArrayNode changes = body.putArray("changes");
                        for (Change c : churn.apply(Integer.parseInt(query.getOrDefault("steps", "1")))) {
                            changes.addObject().put("step", c.step()).put("operation", c.operation().name())
                                    .put("collection", c.collection()).put("id", c.id());
                        }
                        break;
                    }
                    case "GET /__sandbox/counts":
                        workspace.counts().forEach(body::put);
                        break;
                    case "GET /__sandbox/ids": {
                        ArrayNode ids = body.putArray("ids");
                        workspace.resources(query.getOrDefault("collection", "sources")).ids().forEach(ids::add);
                        break;
                    }
                    case "POST /__sandbox/faults":
                        faults.configure(FaultSpec.parse(query.getOrDefault("spec", "none")));
                        body.put("faults", query.getOrDefault("spec", "none"));
                        break;
                    case "DELETE /__sandbox/faults":
                        faults.clear();
                        body.put("faults", "none");
                        break;
                    case "POST /__sandbox/rate-limit":
                        limiter.configure(RateLimits.parse(query.getOrDefault("spec", "off")));
                        body.put("rateLimit", query.getOrDefault("spec", "off"));
                        break;
                    case "GET /__sandbox/requests":
                        requests.snapshot().forEach(body::put);
                        break;
                    case "DELETE /__sandbox/requests":
                        requests.reset();
                        break;
                    case "GET /__sandbox/heap": {
                        Runtime rt = Runtime.getRuntime();
                        System.gc();
                        body.put("usedBytes", rt.totalMemory() - rt.freeMemory());
                        body.put("maxBytes", rt.maxMemory());
                        break;
                    }
                    default:
                        status = 404;
                        body.put("error", "no admin operation " + method + " " + path);
                }
            } catch (IllegalArgumentException e) {
                status = 400;
                body.removeAll();
                body.put("error", e.getMessage());
            }
            byte[] bytes = MAPPER.writeValueAsBytes(body);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new HashMap<>();
        if (raw == null) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return out;
    }
}
