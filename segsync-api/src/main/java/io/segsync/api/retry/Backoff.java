package io.segsync.api.retry;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Capped exponential backoff with full jitter: the n-th retry waits a uniform random time in
 * {@code [0, min(max, initial * 2^(n-1))]} (AWS "full jitter"). The randomness spreads clients that
 * failed together; the cap holds even after jitter, unlike Failsafe's own jitter, which is added
 * after its cap.
 */
public final class Backoff {
    private final long initialMillis;
    private final long maxMillis;

    public Backoff(Duration initial, Duration max) {
        this.initialMillis = initial.toMillis();
        this.maxMillis = max.toMillis();
    }

    /** The ceiling of the {@code retry}-th retry (1-based), before jitter. */
    public long ceilingMillis(int retry) {
        int shift = Math.min(Math.max(retry - 1, 0), 30);
        long ceiling = initialMillis << shift;
        return ceiling < 0 || ceiling > maxMillis ? maxMillis : ceiling;
    }

    /** A jittered delay for the {@code retry}-th retry, in whole milliseconds. */
    public Duration delay(int retry) {
        return Duration.ofMillis(ThreadLocalRandom.current().nextLong(ceilingMillis(retry) + 1));
    }
}
