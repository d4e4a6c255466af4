package io.segsync.sandbox.data;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Usage, event volume and delivery counts. Every number is a pure function of (seed, what, key,
 * bucket start), so a window asked twice, or overlapping another, gives the same buckets.
 */
public final class MetricsGenerator extends Gen {
    public static final String[] DELIVERY_STEPS = {"successfully-received", "failed-on-ingest", "filtered-at-source",
        "filtered-at-destination", "failed-delivery", "successful-delivery"};

    MetricsGenerator(long seed, WorkspaceSize size, String workspaceId) {
        super(seed, size, workspaceId);
    }

    /** A count for one bucket; weekends are quieter so series look like traffic, not noise. */
    public long count(String what, String key, Instant bucket, long scale) {
        SplittableRandom r = rnd(what + "|" + key, bucket.getEpochSecond());
        int dow = bucket.atZone(ZoneOffset.UTC).getDayOfWeek().getValue();
        long base = scale / 2 + r.nextLong(Math.max(1, scale));
        return dow >= 6 ? base / 3 : base;
    }

    public ObjectNode apiCalls(LocalDate day, String sourceId) {
        ObjectNode o = obj();
        if (sourceId != null) {
            o.put("sourceId", sourceId);
        }
        Instant at = day.atStartOfDay(ZoneOffset.UTC).toInstant();
        o.put("apiCalls", Long.toString(count("api-calls", sourceId == null ? workspaceId : sourceId, at, sourceId == null ? 400_000 : 20_000)));
        o.put("timestamp", iso(at));
        return o;
    }

    public ObjectNode mtu(LocalDate day, LocalDate periodStart, String sourceId) {
        ObjectNode o = obj();
        if (sourceId != null) {
            o.put("sourceId", sourceId);
        }
        Instant at = day.atStartOfDay(ZoneOffset.UTC).toInstant();
        String key = sourceId == null ? workspaceId : sourceId;
        long scale = sourceId == null ? 50_000 : 3_000;
        // MTU accumulates through the month: the sum of the daily counts so far.
        long anonymous = 0;
        long identified = 0;
        for (LocalDate d = periodStart; !d.isAfter(day); d = d.plusDays(1)) {
            Instant t = d.atStartOfDay(ZoneOffset.UTC).toInstant();
            anonymous += count("mtu-anonymous", key, t, scale);
            identified += count("mtu-identified", key, t, scale / 2);
        }
        o.put("periodStart", periodStart.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
        o.put("periodEnd", periodStart.plusMonths(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
        o.put("anonymous", Long.toString(anonymous));
        o.put("anonymousIdentified", Long.toString(anonymous / 5));
        o.put("identified", Long.toString(identified));
        o.put("neverIdentified", Long.toString(anonymous - anonymous / 5));
        o.put("timestamp", iso(at));
        return o;
    }

    /** A {@code series} of {time,count} for the buckets, and writes {@code total} beside it. */
    public ArrayNode series(ObjectNode target, String what, String key, List<Instant> buckets, long scale) {
        ArrayNode series = target.putArray("series");
        long total = 0;
        for (Instant b : buckets) {
            long c = count(what, key, b, scale);
            total += c;
            series.addObject().put("time", iso(b)).put("count", c);
        }
        target.put("total", total);
        return series;
    }

    public ObjectNode deliverySummary(String sourceId, ObjectNode destination) {
        ObjectNode s = obj();
        s.put("sourceId", sourceId);
        s.put("destinationMetadataId", destination.path("metadata").path("id").asText());
        ArrayNode metrics = s.putArray("metrics");
        String key = sourceId + destination.path("id").asText();
        Instant day = WorkspaceGenerator.EPOCH;
        long delivered = count("delivered", key, day, 100_000);
        long failed = count("failed", key, day, 500);
        metrics.addObject().put("metricName", "successes").put("total", delivered).putArray("breakdown");
        ObjectNode failures = metrics.addObject().put("metricName", "failures").put("total", failed);
        ArrayNode breakdown = failures.putArray("breakdown");
        breakdown.addObject().put("metricName", "http-4xx").put("value", failed / 2);
        breakdown.addObject().put("metricName", "http-5xx").put("value", failed - failed / 2);
        return s;
    }
}
