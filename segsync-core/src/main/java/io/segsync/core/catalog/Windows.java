package io.segsync.core.catalog;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The time-based partitions of the windowed streams, within NOTES.md §3's limits.
 *
 * <ul>
 *   <li>Usage: one call per usage month ({@code period} = the month's first day), the current month and
 *       the {@code usageMonths - 1} before it; CDC re-reads only the current month, the one still counting.</li>
 *   <li>Event volume and delivery overview: {@code granularity=DAY} from the start of the day
 *       {@code days - 1} days ago to one minute before now (Segment advises lagging {@code endTime}). DAY
 *       windows may span 30 days and start within 90, so {@code days} stays at most 30; CDC re-reads the
 *       last {@link #TRAILING_DAYS} days, whose counts are still revised.</li>
 * </ul>
 */
public final class Windows {
    /** Days a CDC run re-reads of a daily metric: today (still counting) and yesterday (late events). */
    public static final int TRAILING_DAYS = 2;
    /** Days a full read of event volume covers: the widest DAY window Segment allows. */
    public static final int VOLUME_DAYS = 30;
    /** Days a full read of the delivery overview covers (per source or destination, so kept short). */
    public static final int DELIVERY_DAYS = 7;
    /** How far {@code endTime} lags the clock. */
    public static final Duration END_LAG = Duration.ofMinutes(1);

    private Windows() {}

    /** One call per usage month, with the month in the {@code period} context column. */
    public static Partitioner usageMonths() {
        return scope -> {
            LocalDate current = LocalDate.ofInstant(scope.now(), ZoneOffset.UTC).withDayOfMonth(1);
            int months = scope.trailingOnly() ? 1 : scope.usageMonths();
            List<ReadCall> calls = new ArrayList<>();
            for (int k = months - 1; k >= 0; k--) {
                String period = current.minusMonths(k).toString();
                calls.add(new ReadCall(Map.of(), Map.of("period", period), Map.of("period", period)));
            }
            return calls;
        };
    }

    /** One DAY-granularity window of the last {@code days} days (the trailing days under CDC). */
    public static Partitioner daily(int days) {
        if (days < 1 || days > 30) {
            throw new IllegalArgumentException("a DAY window spans 1 to 30 days");
        }
        return scope -> List.of(new ReadCall(Map.of(), dailyQuery(scope, days), Map.of()));
    }

    /** The query of a daily window as of the scope's clock; tests use it to know which buckets to expect. */
    public static Map<String, String> dailyQuery(ReadScope scope, int days) {
        int span = scope.trailingOnly() ? Math.min(days, TRAILING_DAYS) : days;
        Instant end = scope.now().minus(END_LAG).truncatedTo(ChronoUnit.SECONDS);
        Instant start = end.truncatedTo(ChronoUnit.DAYS).minus(span - 1L, ChronoUnit.DAYS);
        Map<String, String> query = new LinkedHashMap<>();
        query.put("granularity", "DAY");
        query.put("startTime", start.toString());
        query.put("endTime", end.toString());
        return query;
    }

    /** One call per fixed value of a query parameter ({@code resourceType} of functions). */
    public static Partitioner eachQueryValue(String param, String... values) {
        List<ReadCall> calls = new ArrayList<>();
        for (String v : values) {
            calls.add(new ReadCall(Map.of(), Map.of(param, v), Map.of()));
        }
        return scope -> calls;
    }

    /** One call per fixed value of a path parameter, kept in a context column (audience types). */
    public static Partitioner eachPathValue(String param, String column, String... values) {
        List<ReadCall> calls = new ArrayList<>();
        for (String v : values) {
            calls.add(new ReadCall(Map.of(param, v), Map.of(), Map.of(column, v)));
        }
        return scope -> calls;
    }
}
