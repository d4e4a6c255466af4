package io.segsync.api;

import java.time.Duration;
import java.util.Objects;

/**
 * How to reach one workspace.
 *
 * @param apiUrl         the API root (region or sandbox)
 * @param token          the workspace's Public API token
 * @param pageSize       {@code pagination.count} sent on every list call (1..1000)
 * @param connectTimeout TCP connect limit
 * @param requestTimeout limit for one request, headers and body
 */
public record ClientSettings(ApiUrl apiUrl, ApiToken token, int pageSize, Duration connectTimeout, Duration requestTimeout) {
    public static final int DEFAULT_PAGE_SIZE = 1000;

    public ClientSettings {
        Objects.requireNonNull(apiUrl);
        Objects.requireNonNull(token);
        if (pageSize < 1 || pageSize > 1000) {
            throw new IllegalArgumentException("page size must be between 1 and 1000, was " + pageSize);
        }
    }

    public static ClientSettings of(ApiUrl apiUrl, ApiToken token) {
        return new ClientSettings(apiUrl, token, DEFAULT_PAGE_SIZE, Duration.ofSeconds(10), Duration.ofSeconds(60));
    }

    public ClientSettings withPageSize(int value) {
        return new ClientSettings(apiUrl, token, value, connectTimeout, requestTimeout);
    }

    public ClientSettings withTimeouts(Duration connect, Duration request) {
        return new ClientSettings(apiUrl, token, pageSize, connect, request);
    }
}
