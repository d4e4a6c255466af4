package io.segsync.api.testing;

import io.segsync.api.ApiToken;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Every test token is the run's canary plus a counter: distinct tokens keep tests from sharing a
 * rate limiter, and one canary lets {@code TokenCanaryTest} look for all of them at once. The canary
 * is random per run, so it cannot sit in any compiled class or committed file.
 */
public final class TestTokens {
    public static final String CANARY = "sgp_canary" + HexFormat.of().formatHex(randomBytes(12));
    private static final AtomicInteger NEXT = new AtomicInteger();

    private TestTokens() {}

    public static String nextValue() {
        return CANARY + "x" + NEXT.incrementAndGet();
    }

    public static ApiToken next() {
        return ApiToken.of(nextValue());
    }

    private static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        new SecureRandom().nextBytes(b);
        return b;
    }
}
