package io.segsync.api.retry;

import java.time.Duration;

/** Hears about each retry the client schedules: for progress output, metrics and tests. */
@FunctionalInterface
public interface RetryObserver {
    RetryObserver NONE = (operationId, attempt, status, delay, reason) -> { };

    /**
     * @param operationId the operation retried
     * @param attempt     the attempt that failed (1-based)
     * @param status      its HTTP status, 0 when no response arrived
     * @param delay       the wait before the next attempt
     * @param reason      where the wait came from: a server hint ({@code Retry-After}, ...) or {@code backoff}
     */
    void retrying(String operationId, int attempt, int status, Duration delay, String reason);
}
