package io.segsync.api.retry;

import java.time.Duration;
import java.util.Objects;

/**
 * How hard one call tries before it gives up with a {@code TransientApiException}.
 *
 * @param maxAttempts    attempts in all, the first included
 * @param maxTotalWait   the longest one call may take, waits included; a server hint that would pass it ends the call at once
 * @param initialBackoff the backoff ceiling of the first retry; it doubles per retry
 * @param maxBackoff     the ceiling no computed backoff exceeds (full jitter draws in {@code [0, ceiling]})
 */
public record RetrySettings(int maxAttempts, Duration maxTotalWait, Duration initialBackoff, Duration maxBackoff) {
    public static final RetrySettings DEFAULTS = new RetrySettings(8, Duration.ofMinutes(5), Duration.ofMillis(250), Duration.ofSeconds(30));

    public RetrySettings {
        Objects.requireNonNull(maxTotalWait);
        Objects.requireNonNull(initialBackoff);
        Objects.requireNonNull(maxBackoff);
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("max attempts must be at least 1, was " + maxAttempts);
        }
        if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("backoff must satisfy 0 <= initial <= max");
        }
        if (maxTotalWait.isNegative() || maxTotalWait.isZero()) {
            throw new IllegalArgumentException("max total wait must be positive");
        }
    }

    public RetrySettings withMaxAttempts(int value) {
        return new RetrySettings(value, maxTotalWait, initialBackoff, maxBackoff);
    }

    public RetrySettings withMaxTotalWait(Duration value) {
        return new RetrySettings(maxAttempts, value, initialBackoff, maxBackoff);
    }

    public RetrySettings withBackoff(Duration initial, Duration max) {
        return new RetrySettings(maxAttempts, maxTotalWait, initial, max);
    }
}
