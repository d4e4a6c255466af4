package io.segsync.sandbox.limits;

import java.time.Duration;

/**
 * Rate-limit settings. Off by default so the demo never waits; when off the sandbox still counts
 * and sends the headers but never answers 429, and never reports a window as spent (Remaining >= 1). The window is configurable so tests run fast: the
 * per-endpoint limits of NOTES §5 then apply per window instead of per minute.
 */
public record RateLimits(boolean enforced, int perWindow, Duration window, boolean endpointLimits) {
    /** Segment does not publish its default; 600/minute is the commonly reported figure (NOTES §5). */
    public static final int DEFAULT_PER_MINUTE = 600;

    public RateLimits {
        if (perWindow < 1) {
            throw new IllegalArgumentException("rate limit must be at least 1 request per window");
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("rate-limit window must be positive");
        }
    }

    public static RateLimits off() {
        return new RateLimits(false, DEFAULT_PER_MINUTE, Duration.ofMinutes(1), true);
    }

    public static RateLimits perMinute(int requests) {
        return new RateLimits(true, requests, Duration.ofMinutes(1), true);
    }

    public RateLimits withWindow(Duration value) {
        return new RateLimits(enforced, perWindow, value, endpointLimits);
    }

    public RateLimits withEndpointLimits(boolean value) {
        return new RateLimits(enforced, perWindow, window, value);
    }

    /** Parses {@code off}, {@code N} (per minute) or {@code N/Ws} / {@code N/Wms} for a custom window. */
    public static RateLimits parse(String spec) {
        String s = spec.trim().toLowerCase(java.util.Locale.ROOT);
        if (s.equals("off") || s.equals("none")) {
            return off();
        }
        try {
            int slash = s.indexOf('/');
            if (slash < 0) {
                return perMinute(Integer.parseInt(s));
            }
            int requests = Integer.parseInt(s.substring(0, slash));
            String w = s.substring(slash + 1);
            Duration window = w.equals("min") || w.equals("minute") ? Duration.ofMinutes(1)
                    : w.endsWith("ms") ? Duration.ofMillis(Long.parseLong(w.substring(0, w.length() - 2)))
                    : w.endsWith("s") ? Duration.ofSeconds(Long.parseLong(w.substring(0, w.length() - 1)))
                    : null;
            if (window == null) {
                throw new NumberFormatException();
            }
            return new RateLimits(true, requests, window, true);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad rate limit '" + spec + "': use off, 600 (per minute) or 100/10s");
        }
    }
}
