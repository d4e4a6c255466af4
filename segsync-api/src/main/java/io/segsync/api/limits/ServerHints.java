package io.segsync.api.limits;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a response says about waiting (NOTES.md §5): {@code Retry-After} (seconds or an HTTP-date),
 * {@code errors[0].data.msBeforeNext}, {@code X-RateLimit-Remaining} and {@code X-RateLimit-Reset}
 * (an RFC 5322 date, not epoch seconds). Durations are measured from {@code now}.
 */
public record ServerHints(Optional<Duration> retryAfter, Optional<Duration> msBeforeNext, OptionalLong remaining,
                          Optional<Duration> untilReset) {
    /** Dates have whole-second precision and our clock reads milliseconds: wait a hair past them. */
    static final Duration DATE_MARGIN = Duration.ofMillis(5);
    private static final long EPOCH_SECONDS_2001 = 978_307_200L;

    public static ServerHints from(HttpHeaders headers, OptionalLong msBeforeNext, Instant now) {
        return new ServerHints(
                headers.firstValue("Retry-After").flatMap(v -> parseRetryAfter(v, now)),
                msBeforeNext.isPresent() && msBeforeNext.getAsLong() >= 0
                        ? Optional.of(Duration.ofMillis(msBeforeNext.getAsLong())) : Optional.empty(),
                headers.firstValue("X-RateLimit-Remaining").map(ServerHints::parseLong).orElse(OptionalLong.empty()),
                headers.firstValue("X-RateLimit-Reset").flatMap(v -> parseReset(v, now)));
    }

    /** The wait a 429 asks for, in the order Segment documents: Retry-After, msBeforeNext, Reset. */
    public Optional<Hint> throttleHint() {
        if (retryAfter.isPresent()) {
            return Optional.of(new Hint(retryAfter.get(), "Retry-After"));
        }
        if (msBeforeNext.isPresent()) {
            return Optional.of(new Hint(msBeforeNext.get(), "msBeforeNext"));
        }
        return untilReset.map(d -> new Hint(d, "X-RateLimit-Reset"));
    }

    /** True when the token has no request left in this window and Segment said when it refills. */
    public boolean exhausted() {
        return remaining.isPresent() && remaining.getAsLong() <= 0 && untilReset.isPresent();
    }

    /** A wait and where it came from. */
    public record Hint(Duration delay, String source) {}

    static Optional<Duration> parseRetryAfter(String raw, Instant now) {
        String v = raw.trim();
        if (v.matches("\\d{1,9}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
        }
        return parseDate(v).map(at -> untilOrZero(now, at));
    }

    static Optional<Duration> parseReset(String raw, Instant now) {
        String v = raw.trim();
        if (v.matches("\\d{1,12}")) {
            // Not what Segment documents, but a proxy might send it: epoch seconds if it looks like a date, else delta seconds.
            long n = Long.parseLong(v);
            return Optional.of(n > EPOCH_SECONDS_2001 ? untilOrZero(now, Instant.ofEpochSecond(n)) : Duration.ofSeconds(n));
        }
        return parseDate(v).map(at -> untilOrZero(now, at));
    }

    private static Optional<Instant> parseDate(String v) {
        try {
            return Optional.of(ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Duration untilOrZero(Instant now, Instant at) {
        Duration d = Duration.between(now, at);
        return d.isNegative() ? Duration.ZERO : d.plus(DATE_MARGIN);
    }

    private static OptionalLong parseLong(String v) {
        try {
            return OptionalLong.of(Long.parseLong(v.trim()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
