package io.segsync.api.testing;

import io.segsync.api.ApiToken;
import io.segsync.api.ApiUrl;
import io.segsync.api.ClientSettings;
import io.segsync.api.retry.RetrySettings;
import java.time.Duration;

/** Client settings for tests: the scripted server's URL, a fresh canary token, short waits. */
public final class Clients {
    private Clients() {}

    public static ClientSettings settings(ScriptedServer server) {
        return settings(server, TestTokens.next());
    }

    public static ClientSettings settings(ScriptedServer server, ApiToken token) {
        return ClientSettings.of(ApiUrl.parse(server.url(), false), token)
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(10))
                .withRetry(RetrySettings.DEFAULTS.withBackoff(Duration.ofMillis(10), Duration.ofMillis(100)));
    }

    /** A list page body with {@code items} as {@code {"id":"<prefix>N"}} and an optional next cursor. */
    public static String page(String listKey, String prefix, int from, int count, String next) {
        StringBuilder items = new StringBuilder();
        for (int i = from; i < from + count; i++) {
            if (items.length() > 0) {
                items.append(',');
            }
            items.append("{\"id\":\"").append(prefix).append(i).append("\"}");
        }
        String pagination = next == null ? "{\"current\":\"MA==\",\"totalEntries\":" + (from + count) + "}"
                : "{\"current\":\"MA==\",\"next\":\"" + next + "\",\"totalEntries\":" + (from + count + 1) + "}";
        return "{\"data\":{\"" + listKey + "\":[" + items + "],\"pagination\":" + pagination + "}}";
    }
}
