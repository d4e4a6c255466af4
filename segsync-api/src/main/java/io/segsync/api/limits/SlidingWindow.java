package io.segsync.api.limits;

import java.util.ArrayList;
import java.util.List;

/**
 * At most {@code capacity} requests per {@code window}. A slot is held from the moment a request is
 * allowed until {@code window} after its response arrived: the server saw the request somewhere in
 * between, so counting from the response (not from the send) guarantees that the <em>server</em> never
 * sees more than {@code capacity} requests in any window, whatever the network delay.
 * Not thread-safe: {@link TokenRateLimiter} guards it.
 */
final class SlidingWindow {
    static final long IN_FLIGHT = Long.MAX_VALUE;

    private int capacity;
    private long windowNanos;
    private final List<Slot> slots = new ArrayList<>();

    SlidingWindow(int capacity, long windowNanos) {
        reconfigure(capacity, windowNanos);
    }

    void reconfigure(int capacity, long windowNanos) {
        if (capacity < 1 || windowNanos <= 0) {
            throw new IllegalArgumentException("a window needs a positive capacity and length");
        }
        this.capacity = capacity;
        this.windowNanos = windowNanos;
    }

    int capacity() {
        return capacity;
    }

    long windowNanos() {
        return windowNanos;
    }

    /** The earliest time a request may go, {@code now} if it may go now, or {@link #IN_FLIGHT} if it must wait for a response. */
    long nextFree(long now) {
        slots.removeIf(s -> s.end != IN_FLIGHT && s.end + windowNanos - now <= 0);
        if (slots.size() < capacity) {
            return now;
        }
        long earliest = IN_FLIGHT;
        for (Slot s : slots) {
            if (s.end != IN_FLIGHT && s.end + windowNanos - earliest < 0) {
                earliest = s.end + windowNanos;
            }
        }
        return earliest;
    }

    Slot take() {
        Slot slot = new Slot();
        slots.add(slot);
        return slot;
    }

    /** One request's place in the window; {@code end} is when its response arrived. */
    static final class Slot {
        long end = IN_FLIGHT;
    }
}
