package io.segsync.sandbox.limits;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fixed windows per token, and per token and operation for the endpoints with their own limit. A
 * window opens at the first request and lasts {@link RateLimits#window()}.
 */
public final class RateLimiter {
    private volatile RateLimits limits;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    /** The outcome of one request: what the headers say, and how long to wait when refused. */
    public record Decision(boolean allowed, int consumed, int remaining, Instant reset, long msBeforeNext) {}

    private static final class Window {
        Instant start;
        int consumed;
    }

    public RateLimiter(RateLimits limits) {
        this.limits = limits;
    }

    public RateLimits limits() {
        return limits;
    }

    public void configure(RateLimits value) {
        this.limits = value;
        windows.clear();
    }

    public Decision acquire(String token, String operationId, Instant now) {
        RateLimits l = limits;
        Decision workspace = take("t|" + token, l.perWindow(), l.window(), now, l.enforced());
        if (!workspace.allowed()) {
            return workspace;
        }
        OptionalInt endpoint = l.endpointLimits() ? EndpointLimits.perMinute(operationId) : OptionalInt.empty();
        if (endpoint.isPresent()) {
            Decision op = take("o|" + token + "|" + operationId, endpoint.getAsInt(), l.window(), now, l.enforced());
            if (!op.allowed() || op.remaining() < workspace.remaining()) {
                return op;
            }
        }
        return workspace;
    }

    private Decision take(String key, int limit, Duration length, Instant now, boolean enforced) {
        Window w = windows.computeIfAbsent(key, k -> new Window());
        synchronized (w) {
            if (w.start == null || !now.isBefore(w.start.plus(length))) {
                w.start = now;
                w.consumed = 0;
            }
            Instant reset = w.start.plus(length);
            long ms = Math.max(1, Duration.between(now, reset).toMillis());
            if (w.consumed >= limit && enforced) {
                return new Decision(false, w.consumed, 0, reset, ms);
            }
            w.consumed++;
            // Unenforced limits never report a spent window: a client pacing on the headers would
            // otherwise wait a minute for a limit that is not there (every 2/min warehouse call, every
            // 600th request of a large sync).
            int remaining = Math.max(enforced ? 0 : 1, limit - w.consumed);
            return new Decision(true, w.consumed, remaining, reset, ms);
        }
    }
}
