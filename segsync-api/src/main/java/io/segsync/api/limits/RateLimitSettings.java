package io.segsync.api.limits;

import java.time.Duration;
import java.util.Objects;

/**
 * Proactive pacing of one token.
 *
 * @param budgetRequests  requests the token may send per {@code budgetWindow}, across every stream
 *                        and client of the process; 0 = no workspace budget (Segment does not publish
 *                        one; the reactive headers still apply)
 * @param budgetWindow    the window of the budget
 * @param endpointLimits  whether the published per-operation limits (2/min warehouse syncs, ...) are paced
 * @param endpointWindow  the window of those limits: one minute, as Segment publishes them; shorter only in tests
 */
public record RateLimitSettings(int budgetRequests, Duration budgetWindow, boolean endpointLimits, Duration endpointWindow) {
    public static final RateLimitSettings DEFAULTS = new RateLimitSettings(0, Duration.ofMinutes(1), true, Duration.ofMinutes(1));

    public RateLimitSettings {
        Objects.requireNonNull(budgetWindow);
        Objects.requireNonNull(endpointWindow);
        if (budgetRequests < 0) {
            throw new IllegalArgumentException("the request budget must not be negative");
        }
        if (budgetWindow.isNegative() || budgetWindow.isZero() || endpointWindow.isNegative() || endpointWindow.isZero()) {
            throw new IllegalArgumentException("rate-limit windows must be positive");
        }
    }

    /** At most {@code requests} per {@code window} for the token, whatever the number of streams. */
    public RateLimitSettings withBudget(int requests, Duration window) {
        return new RateLimitSettings(requests, window, endpointLimits, endpointWindow);
    }

    public RateLimitSettings withEndpointLimits(boolean enabled) {
        return new RateLimitSettings(budgetRequests, budgetWindow, enabled, endpointWindow);
    }

    public RateLimitSettings withEndpointWindow(Duration window) {
        return new RateLimitSettings(budgetRequests, budgetWindow, endpointLimits, window);
    }
}
