package io.segsync.cli.connection;

import io.segsync.api.ApiToken;
import io.segsync.api.ApiUrl;
import io.segsync.api.ClientSettings;
import io.segsync.api.limits.RateLimitSettings;

/** The client settings a stored connection runs with. */
public final class ConnectionClients {
    private ConnectionClients() {}

    public static ClientSettings settings(StoredConnection c, ApiToken token) {
        return forUrl(c.apiUrl(), token);
    }

    /**
     * Segment's URLs are paced proactively by their per-endpoint limits (2/min warehouse syncs...). Plain
     * http is allowed to loopback only, which the URL policy reserves for the sandbox: its limits are
     * off unless asked for, and pacing it would only make trying segsync slow (40 warehouses at 2/min
     * is 20 minutes). Reactive pacing (429, Retry-After) stays on everywhere.
     */
    public static ClientSettings forUrl(ApiUrl url, ApiToken token) {
        ClientSettings settings = ClientSettings.of(url, token);
        if (isSandbox(url)) {
            return settings.withRateLimits(RateLimitSettings.DEFAULTS.withEndpointLimits(false));
        }
        return settings;
    }

    public static boolean isSandbox(ApiUrl url) {
        return "http".equalsIgnoreCase(url.uri().getScheme());
    }
}
