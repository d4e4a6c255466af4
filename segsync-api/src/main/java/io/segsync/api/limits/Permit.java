package io.segsync.api.limits;

import java.util.List;

/**
 * Leave to send one request. {@link #release()} must be called when the response (or failure)
 * arrived: the windows count the request until then, and for their full length after.
 */
public final class Permit {
    private final TokenRateLimiter limiter;
    private final List<SlidingWindow.Slot> slots;
    private boolean released;

    Permit(TokenRateLimiter limiter, List<SlidingWindow.Slot> slots) {
        this.limiter = limiter;
        this.slots = slots;
    }

    public void release() {
        if (!released) {
            released = true;
            limiter.release(slots);
        }
    }
}
