package io.segsync.sandbox.faults;

import io.segsync.sandbox.data.Ids;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides each request's fault. The decision depends only on the seed, the request line and how many
 * times that request line was asked before, so a fault run is reproducible even when a client
 * fetches concurrently, and a retry of the same request gets a fresh draw.
 */
public final class FaultInjector {
    private volatile FaultSpec spec;
    private final Map<String, Integer> attempts = new ConcurrentHashMap<>();
    private final Map<String, Integer> burstLeft = new ConcurrentHashMap<>();
    private final Deque<Fault> forced = new ArrayDeque<>();

    public FaultInjector(FaultSpec spec) {
        this.spec = spec;
    }

    public FaultSpec spec() {
        return spec;
    }

    /** Replaces the fault settings and forgets earlier draws, so the new run starts reproducibly. */
    public void configure(FaultSpec value) {
        spec = value;
        attempts.clear();
        burstLeft.clear();
    }

    public void clear() {
        configure(FaultSpec.none());
        synchronized (forced) {
            forced.clear();
        }
    }

    /** Forces the next {@code times} requests (any token, any path) to fail with {@code fault}. */
    public void failNext(Fault fault, int times) {
        synchronized (forced) {
            for (int i = 0; i < times; i++) {
                forced.add(fault);
            }
        }
    }

    public int latencyMs() {
        return spec.latencyMs();
    }

    public int slowChunkDelayMs() {
        return spec.slowChunkDelayMs();
    }

    public Fault decide(String token, String requestLine) {
        synchronized (forced) {
            if (!forced.isEmpty()) {
                return forced.poll();
            }
        }
        FaultSpec s = spec;
        if (s.isNone()) {
            return Fault.NONE;
        }
        Integer left = burstLeft.computeIfPresent(token, (k, v) -> v - 1);
        if (left != null) {
            if (left <= 0) {
                burstLeft.remove(token);
            }
            return Fault.RATE_LIMITED;
        }
        int attempt = attempts.merge(requestLine, 1, Integer::sum);
        SplittableRandom r = Ids.randomFor(s.seed(), requestLine, attempt);
        double x = r.nextDouble();
        if ((x -= s.serverErrorRate()) < 0) {
            return Fault.SERVER_ERROR;
        }
        if ((x -= s.resetRate()) < 0) {
            return Fault.CONNECTION_RESET;
        }
        if ((x -= s.truncateRate()) < 0) {
            return Fault.TRUNCATED_BODY;
        }
        if ((x -= s.slowRate()) < 0) {
            return Fault.SLOW_BODY;
        }
        if ((x -= s.burstRate()) < 0) {
            if (s.burstLength() > 1) {
                burstLeft.put(token, s.burstLength() - 1);
            }
            return Fault.RATE_LIMITED;
        }
        return Fault.NONE;
    }
}
