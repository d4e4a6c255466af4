package io.segsync.api;

import io.segsync.api.limits.RateLimitSettings;
import io.segsync.api.retry.RetrySettings;
import java.time.Duration;
import java.util.Objects;

/**
 * How to reach one workspace. Its {@code toString} shows the token as {@code ****}.
 *
 * @param apiUrl         the API root (region, sandbox or an opted-in proxy)
 * @param token          the workspace's Public API token
 * @param pageSize       the page size sent on every list call (1..1000; capped per operation, e.g. 200 for audiences)
 * @param connectTimeout TCP connect limit
 * @param requestTimeout limit for one request, headers and whole body (a stalled body counts)
 * @param retry          attempts and total-wait caps, backoff
 * @param rateLimits     proactive pacing: workspace budget, per-endpoint limits
 */
public record ClientSettings(ApiUrl apiUrl, ApiToken token, int pageSize, Duration connectTimeout, Duration requestTimeout,
                             RetrySettings retry, RateLimitSettings rateLimits) {
    public static final int DEFAULT_PAGE_SIZE = 1000;

    public ClientSettings {
        Objects.requireNonNull(apiUrl);
        Objects.requireNonNull(token);
        Objects.requireNonNull(connectTimeout);
        Objects.requireNonNull(requestTimeout);
        Objects.requireNonNull(retry);
        Objects.requireNonNull(rateLimits);
        if (pageSize < 1 || pageSize > 1000) {
            throw new IllegalArgumentException("page size must be between 1 and 1000, was " + pageSize);
        }
    }

    public static ClientSettings of(ApiUrl apiUrl, ApiToken token) {
        return new ClientSettings(apiUrl, token, DEFAULT_PAGE_SIZE, Duration.ofSeconds(10), Duration.ofSeconds(60),
                RetrySettings.DEFAULTS, RateLimitSettings.DEFAULTS);
    }

    public ClientSettings withPageSize(int value) {
        return new ClientSettings(apiUrl, token, value, connectTimeout, requestTimeout, retry, rateLimits);
    }

    public ClientSettings withTimeouts(Duration connect, Duration request) {
        return new ClientSettings(apiUrl, token, pageSize, connect, request, retry, rateLimits);
    }

    public ClientSettings withRetry(RetrySettings value) {
        return new ClientSettings(apiUrl, token, pageSize, connectTimeout, requestTimeout, value, rateLimits);
    }

    public ClientSettings withRateLimits(RateLimitSettings value) {
        return new ClientSettings(apiUrl, token, pageSize, connectTimeout, requestTimeout, retry, value);
    }
}
