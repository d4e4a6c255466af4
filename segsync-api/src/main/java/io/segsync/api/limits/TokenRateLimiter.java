package io.segsync.api.limits;

import io.segsync.api.ops.Operation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Paces every request sent with one token, from every stream and client of the process
 * ({@link RateLimiterRegistry} hands out one per token).
 * <ul>
 *   <li>proactively: the workspace budget (N per window) and each operation's published limit, as
 *       sliding windows;</li>
 *   <li>reactively: pauses set from responses ({@code X-RateLimit-Remaining: 0} until
 *       {@code X-RateLimit-Reset}, a 429's hints), which hold back every thread, not just the one that
 *       was told.</li>
 * </ul>
 * Waiting happens in {@link #acquire}, interruptibly, so Ctrl-C ends a long wait at once.
 */
public final class TokenRateLimiter {
    private static final Logger LOG = LoggerFactory.getLogger(TokenRateLimiter.class);
    private static final long LOG_WAITS_FROM_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final TokenFingerprint fingerprint;
    private final Object lock = new Object();
    private RateLimitSettings settings;
    private SlidingWindow budget;
    private final Map<String, SlidingWindow> endpoints = new HashMap<>();
    private long tokenPausedUntil;
    private boolean tokenPaused;
    private final Map<String, Long> endpointPausedUntil = new HashMap<>();

    TokenRateLimiter(TokenFingerprint fingerprint, RateLimitSettings settings) {
        this.fingerprint = fingerprint;
        configure(settings);
    }

    /** Applies new settings; the windows keep what they have counted. The latest client's settings win. */
    void configure(RateLimitSettings value) {
        synchronized (lock) {
            settings = value;
            if (value.budgetRequests() == 0) {
                budget = null;
            } else if (budget == null) {
                budget = new SlidingWindow(value.budgetRequests(), value.budgetWindow().toNanos());
            } else {
                budget.reconfigure(value.budgetRequests(), value.budgetWindow().toNanos());
            }
            endpoints.values().forEach(w -> w.reconfigure(w.capacity(), value.endpointWindow().toNanos()));
            lock.notifyAll();
        }
    }

    /** Waits until {@code op} may be sent, then holds its place in the windows until the permit is released. */
    public Permit acquire(Operation op) throws InterruptedException {
        synchronized (lock) {
            String loggedReason = null;
            while (true) {
                long now = System.nanoTime();
                long until = now;
                String reason = null;
                if (tokenPaused && tokenPausedUntil - now > 0) {
                    until = tokenPausedUntil;
                    reason = "the token's rate limit";
                }
                Long endpointUntil = endpointPausedUntil.get(op.id());
                if (endpointUntil != null && endpointUntil - until > 0) {
                    until = endpointUntil;
                    reason = op.id() + "'s rate limit";
                }
                if (until == now) {
                    SlidingWindow endpoint = endpointWindow(op);
                    long free = now;
                    if (budget != null) {
                        free = budget.nextFree(now);
                        reason = "the workspace budget of " + budget.capacity() + " requests per " + human(budget.windowNanos());
                    }
                    if (endpoint != null) {
                        long endpointFree = endpoint.nextFree(now);
                        if (endpointFree - free > 0) {
                            free = endpointFree;
                            reason = op.id() + "'s limit of " + op.perMinuteLimit() + " per " + human(endpoint.windowNanos());
                        }
                    }
                    if (free == now) {
                        List<SlidingWindow.Slot> slots = new ArrayList<>(2);
                        if (budget != null) {
                            slots.add(budget.take());
                        }
                        if (endpoint != null) {
                            slots.add(endpoint.take());
                        }
                        return new Permit(this, slots);
                    }
                    until = free;
                }
                long waitNanos = until == SlidingWindow.IN_FLIGHT ? TimeUnit.MILLISECONDS.toNanos(50) : until - now;
                if (!reason.equals(loggedReason)) {
                    loggedReason = reason;
                    if (waitNanos >= LOG_WAITS_FROM_NANOS) {
                        LOG.info("{} waits {} for {}", op.id(), human(waitNanos), reason);
                    } else {
                        LOG.debug("{} waits {} for {}", op.id(), human(waitNanos), reason);
                    }
                }
                TimeUnit.NANOSECONDS.timedWait(lock, Math.max(waitNanos, 1));
            }
        }
    }

    /** Holds back every request of this token for {@code wait} (e.g. a 429's Retry-After). */
    public void pauseToken(Duration wait, String why) {
        synchronized (lock) {
            long until = System.nanoTime() + wait.toNanos();
            if (!tokenPaused || until - tokenPausedUntil > 0) {
                tokenPaused = true;
                tokenPausedUntil = until;
            }
        }
        LOG.debug("{}: all requests wait {} ({})", fingerprint, wait, why);
    }

    /** Holds back requests of one operation for {@code wait}. */
    public void pauseEndpoint(Operation op, Duration wait, String why) {
        synchronized (lock) {
            long until = System.nanoTime() + wait.toNanos();
            endpointPausedUntil.merge(op.id(), until, (a, b) -> b - a > 0 ? b : a);
        }
        LOG.debug("{}: {} waits {} ({})", fingerprint, op.id(), wait, why);
    }

    /**
     * Applies what a response said: with nothing left in the window, wait for the reset. An operation
     * with a limit of its own is assumed to report that limit; any other reports the token's.
     */
    public void observe(Operation op, ServerHints hints, Duration maxWait) {
        if (!hints.exhausted()) {
            return;
        }
        Duration wait = hints.untilReset().orElseThrow();
        if (wait.compareTo(maxWait) > 0) {
            LOG.warn("{}: X-RateLimit-Reset is {} away; waiting at most {}", op.id(), wait, maxWait);
            wait = maxWait;
        }
        if (op.perMinuteLimit() > 0) {
            pauseEndpoint(op, wait, "X-RateLimit-Remaining: 0");
        } else {
            pauseToken(wait, "X-RateLimit-Remaining: 0");
        }
    }

    void release(List<SlidingWindow.Slot> slots) {
        synchronized (lock) {
            long now = System.nanoTime();
            for (SlidingWindow.Slot s : slots) {
                s.end = now;
            }
            lock.notifyAll();
        }
    }

    private SlidingWindow endpointWindow(Operation op) {
        if (!settings.endpointLimits() || op.perMinuteLimit() <= 0) {
            return null;
        }
        return endpoints.computeIfAbsent(op.id(), id -> new SlidingWindow(op.perMinuteLimit(), settings.endpointWindow().toNanos()));
    }

    private static String human(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f s", nanos / 1e9);
    }

    @Override
    public String toString() {
        return "TokenRateLimiter[" + fingerprint + "]";
    }
}
