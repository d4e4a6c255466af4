package io.segsync.sandbox.http;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@code granularity}/{@code startTime}/{@code endTime} of the metrics operations, checked as
 * Segment checks them (NOTES §3): MINUTE windows at most 4 hours and starting within 48 hours, HOUR at
 * most 14 days within 30 days, DAY at most 30 days within 90 days. Buckets are aligned to the unit so
 * the same window always yields the same buckets.
 */
public record TimeWindow(Instant start, Instant end, ChronoUnit unit) {

    public enum Granularity {
        MINUTE(ChronoUnit.MINUTES, Duration.ofHours(4), Duration.ofHours(48)),
        HOUR(ChronoUnit.HOURS, Duration.ofDays(14), Duration.ofDays(30)),
        DAY(ChronoUnit.DAYS, Duration.ofDays(30), Duration.ofDays(90));

        final ChronoUnit unit;
        final Duration maxWindow;
        final Duration maxAge;

        Granularity(ChronoUnit unit, Duration maxWindow, Duration maxAge) {
            this.unit = unit;
            this.maxWindow = maxWindow;
            this.maxAge = maxAge;
        }
    }

    public static TimeWindow of(Request request) {
        String rawGranularity = request.requiredQueryParam("granularity");
        Granularity granularity;
        try {
            granularity = Granularity.valueOf(rawGranularity.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiError.validation("granularity must be one of MINUTE, HOUR, DAY", "granularity");
        }
        Instant start = instant(request, "startTime");
        Instant end = instant(request, "endTime");
        if (!start.isBefore(end)) {
            throw ApiError.validation("startTime must be before endTime", "startTime");
        }
        if (Duration.between(start, end).compareTo(granularity.maxWindow) > 0) {
            throw ApiError.validation("with granularity " + granularity + " the window must not exceed "
                    + granularity.maxWindow.toHours() + " hours", "endTime");
        }
        if (start.isBefore(request.now().minus(granularity.maxAge))) {
            throw ApiError.validation("with granularity " + granularity + " startTime must be within the last "
                    + granularity.maxAge.toHours() + " hours", "startTime");
        }
        return new TimeWindow(start, end, granularity.unit);
    }

    private static Instant instant(Request request, String name) {
        String raw = request.requiredQueryParam(name);
        try {
            return Instant.parse(raw.trim());
        } catch (DateTimeParseException e) {
            throw ApiError.validation(name + " must be an ISO-8601 timestamp such as 2026-11-01T00:00:00Z", name);
        }
    }

    public List<Instant> buckets() {
        List<Instant> out = new ArrayList<>();
        for (Instant t = start.truncatedTo(unit); t.isBefore(end); t = t.plus(1, unit)) {
            out.add(t);
        }
        return out;
    }
}
