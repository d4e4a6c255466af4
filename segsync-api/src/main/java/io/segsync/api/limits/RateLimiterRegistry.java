package io.segsync.api.limits;

import io.segsync.api.ApiToken;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * One {@link TokenRateLimiter} per token for the whole process, so that every stream and every client
 * of a run draws on the same budget. Keyed by {@link TokenFingerprint}, never by the token.
 */
public final class RateLimiterRegistry {
    private static final RateLimiterRegistry SHARED = new RateLimiterRegistry();

    private final ConcurrentMap<TokenFingerprint, TokenRateLimiter> limiters = new ConcurrentHashMap<>();

    /** The process-wide registry that clients use. */
    public static RateLimiterRegistry shared() {
        return SHARED;
    }

    public TokenRateLimiter forToken(ApiToken token, RateLimitSettings settings) {
        TokenFingerprint key = TokenFingerprint.of(token);
        TokenRateLimiter[] created = new TokenRateLimiter[1];
        TokenRateLimiter limiter = limiters.computeIfAbsent(key, k -> created[0] = new TokenRateLimiter(k, settings));
        if (created[0] == null) {
            limiter.configure(settings);
        }
        return limiter;
    }
}
