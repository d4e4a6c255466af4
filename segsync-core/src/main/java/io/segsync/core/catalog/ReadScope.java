package io.segsync.core.catalog;

import java.time.Instant;
import java.util.Objects;

/**
 * What a run reads of the streams that take a time range (usage months, metric windows).
 *
 * @param now          the run's clock: windows end here
 * @param usageMonths  how many usage months to read, the current one included
 * @param trailingOnly read only the trailing window (the current usage month, the last two days of a
 *                     metric) that the API may still revise: what CDC re-reads of a windowed stream
 */
public record ReadScope(Instant now, int usageMonths, boolean trailingOnly) {
    public static final int DEFAULT_USAGE_MONTHS = 3;

    public ReadScope {
        Objects.requireNonNull(now);
        if (usageMonths < 1 || usageMonths > 24) {
            throw new IllegalArgumentException("usage months must be from 1 to 24, was " + usageMonths);
        }
    }

    public static ReadScope full(Instant now) {
        return new ReadScope(now, DEFAULT_USAGE_MONTHS, false);
    }

    public ReadScope trailing() {
        return new ReadScope(now, usageMonths, true);
    }
}
