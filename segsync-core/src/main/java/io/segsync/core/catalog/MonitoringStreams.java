package io.segsync.core.catalog;

import static io.segsync.core.catalog.Column.of;
import static io.segsync.core.catalog.ColumnType.BIGINT;
import static io.segsync.core.catalog.ColumnType.JSON;
import static io.segsync.core.catalog.ColumnType.STRING;
import static io.segsync.core.catalog.ColumnType.TIMESTAMP;
import static io.segsync.core.catalog.ParentBinding.byId;
import static io.segsync.core.catalog.StreamDefinition.stream;

import io.segsync.api.ops.MonitoringOps;
import io.segsync.api.ops.Operation;
import java.util.ArrayList;
import java.util.List;

/**
 * Usage, event volume, the delivery overview, regulations and suppressions. The metrics are WINDOWED:
 * keyed by their dimensions and time bucket, re-read over a trailing window under CDC.
 */
final class MonitoringStreams {
    private static final String DELIVERY_PLAN = "Business plan (delivery overview)";
    /** A metric series becomes one row per bucket ({@code time}, {@code count}); the window's total is left out. */
    private static final RecordShape SERIES = RecordShape.AS_IS.explode("series", "value").without("total");

    private MonitoringStreams() {}

    static List<StreamDefinition> all() {
        Column[] mtu = {of("periodStart", BIGINT), of("periodEnd", BIGINT), of("anonymous", BIGINT),
            of("anonymousIdentified", BIGINT), of("identified", BIGINT), of("neverIdentified", BIGINT), of("timestamp", TIMESTAMP)};
        List<StreamDefinition> s = new ArrayList<>(List.of(
                // Usage has no id: the usage month (period), the day (timestamp) and the source name a row.
                stream("usage_api_calls_daily", MonitoringOps.GET_DAILY_WORKSPACE_API_CALLS_USAGE)
                        .partitions(Windows.usageMonths(), "period").windowed()
                        .columns(of("apiCalls", BIGINT), of("timestamp", TIMESTAMP)).key("period", "timestamp").build(),
                stream("usage_api_calls_daily_per_source", MonitoringOps.GET_DAILY_PER_SOURCE_API_CALLS_USAGE)
                        .partitions(Windows.usageMonths(), "period").windowed()
                        .columns(of("sourceId", STRING), of("apiCalls", BIGINT), of("timestamp", TIMESTAMP))
                        .key("period", "source_id", "timestamp").build(),
                stream("usage_mtu_daily", MonitoringOps.GET_DAILY_WORKSPACE_MTU_USAGE)
                        .partitions(Windows.usageMonths(), "period").windowed()
                        .columns(mtu).key("period", "timestamp").build(),
                stream("usage_mtu_daily_per_source", MonitoringOps.GET_DAILY_PER_SOURCE_MTU_USAGE)
                        .partitions(Windows.usageMonths(), "period").windowed()
                        .columns(ConnectionStreams.concat(new Column[] {of("sourceId", STRING)}, mtu))
                        .key("period", "source_id", "timestamp").build(),
                // Event volume per source and day; the nested source's id is lifted into the key.
                stream("events_volume", MonitoringOps.GET_EVENTS_VOLUME_FROM_WORKSPACE)
                        .partitions(Windows.daily(Windows.VOLUME_DAYS)).windowed()
                        .shape(SERIES.lift("/source/id", "sourceId"))
                        .columns(of("sourceId", STRING), of("time", TIMESTAMP), of("count", BIGINT), of("source", JSON),
                                of("eventName", STRING), of("eventType", STRING))
                        .key("source_id", "time").build(),
                stream("regulations", MonitoringOps.LIST_WORKSPACE_REGULATIONS).columns(regulationColumns()).key("id").build(),
                // Segment answers only the last 90 days per source.
                stream("source_regulations", MonitoringOps.LIST_REGULATIONS_FROM_SOURCE)
                        .child(byId("sources", "sourceId", "source_id")).columns(regulationColumns())
                        .key("source_id", "id").build(),
                // A suppression is {subjectType, subjectIds[]} without id: one row per suppressed subject.
                stream("suppressions", MonitoringOps.LIST_SUPPRESSIONS)
                        .shape(RecordShape.AS_IS.explode("subjectIds", "subjectId"))
                        .columns(of("subjectType", STRING), of("subjectId", STRING)).key("subject_type", "subject_id").build()));
        // Delivery overview: ingress steps per source, egress steps per destination (and its source).
        s.add(ingress("delivery_successfully_received", MonitoringOps.GET_INGRESS_SUCCESS_METRICS_FROM_DELIVERY_OVERVIEW));
        s.add(ingress("delivery_failed_on_ingest", MonitoringOps.GET_INGRESS_FAILED_METRICS_FROM_DELIVERY_OVERVIEW));
        s.add(ingress("delivery_filtered_at_source", MonitoringOps.GET_FILTERED_AT_SOURCE_METRICS_FROM_DELIVERY_OVERVIEW));
        s.add(egress("delivery_filtered_at_destination", MonitoringOps.GET_FILTERED_AT_DESTINATION_METRICS_FROM_DELIVERY_OVERVIEW));
        s.add(egress("delivery_failed", MonitoringOps.GET_EGRESS_FAILED_METRICS_FROM_DELIVERY_OVERVIEW));
        s.add(egress("delivery_successful", MonitoringOps.GET_EGRESS_SUCCESS_METRICS_FROM_DELIVERY_OVERVIEW));
        return s;
    }

    private static StreamDefinition ingress(String name, Operation op) {
        return stream(name, op).child(ParentBinding.of("sources").query("id", "sourceId", "source_id"))
                .partitions(Windows.daily(Windows.DELIVERY_DAYS)).windowed().shape(SERIES)
                .columns(of("time", TIMESTAMP), of("count", BIGINT), of("eventName", STRING))
                .key("source_id", "time").access(DELIVERY_PLAN).build();
    }

    private static StreamDefinition egress(String name, Operation op) {
        return stream(name, op)
                .child(ParentBinding.of("destinations").query("sourceId", "sourceId", "source_id")
                        .query("id", "destinationConfigId", "destination_id"))
                .partitions(Windows.daily(Windows.DELIVERY_DAYS)).windowed().shape(SERIES)
                .columns(of("time", TIMESTAMP), of("count", BIGINT), of("eventName", STRING))
                .key("source_id", "destination_id", "time").access(DELIVERY_PLAN).build();
    }

    private static Column[] regulationColumns() {
        return new Column[] {of("id", STRING), of("subjectType", STRING), of("subjects", JSON), of("status", STRING),
            of("regulationType", STRING), of("createdAt", TIMESTAMP), of("finishedAt", TIMESTAMP)};
    }
}
