package io.segsync.api.ops;

import static io.segsync.api.ops.Area.*;
import static io.segsync.api.ops.Operation.define;

/**
 * GET operations of the Segment Public API (73.2.0): Usage, monitoring (event volume, delivery overview), regulations and the echo test operation.
 * One line per operation, as NOTES.md §2 lists it; {@code OperationsNotesTest} keeps them in step.
 */
public final class MonitoringOps {
    // Usage: API calls
    public static final Operation GET_DAILY_PER_SOURCE_API_CALLS_USAGE = define(USAGE_API_CALLS, "getDailyPerSourceAPICallsUsage", "/usage/api-calls/sources/daily")
            .requires("period")
            .list("dailyPerSourceAPICallsUsage");
    public static final Operation GET_DAILY_WORKSPACE_API_CALLS_USAGE = define(USAGE_API_CALLS, "getDailyWorkspaceAPICallsUsage", "/usage/api-calls/daily")
            .requires("period")
            .list("dailyWorkspaceAPICallsUsage");

    // Usage: MTU
    public static final Operation GET_DAILY_PER_SOURCE_MTU_USAGE = define(USAGE_MTU, "getDailyPerSourceMTUUsage", "/usage/mtu/sources/daily")
            .requires("period")
            .list("dailyPerSourceMTUUsage");
    public static final Operation GET_DAILY_WORKSPACE_MTU_USAGE = define(USAGE_MTU, "getDailyWorkspaceMTUUsage", "/usage/mtu/daily")
            .requires("period")
            .list("dailyWorkspaceMTUUsage");

    // Monitoring: event volume
    public static final Operation GET_EVENTS_VOLUME_FROM_WORKSPACE = define(EVENT_VOLUME, "getEventsVolumeFromWorkspace", "/events/volume")
            .requires("granularity", "startTime", "endTime")
            .perMinute(60)
            .list("result");

    // Monitoring: delivery overview
    public static final Operation GET_EGRESS_FAILED_METRICS_FROM_DELIVERY_OVERVIEW = define(DELIVERY_OVERVIEW, "getEgressFailedMetricsFromDeliveryOverview", "/delivery-overview/failed-delivery")
            .beta()
            .requires("sourceId", "destinationConfigId", "startTime", "endTime", "granularity")
            .list("dataset");
    public static final Operation GET_EGRESS_SUCCESS_METRICS_FROM_DELIVERY_OVERVIEW = define(DELIVERY_OVERVIEW, "getEgressSuccessMetricsFromDeliveryOverview", "/delivery-overview/successful-delivery")
            .beta()
            .requires("sourceId", "destinationConfigId", "startTime", "endTime", "granularity")
            .list("dataset");
    public static final Operation GET_FILTERED_AT_DESTINATION_METRICS_FROM_DELIVERY_OVERVIEW = define(DELIVERY_OVERVIEW, "getFilteredAtDestinationMetricsFromDeliveryOverview", "/delivery-overview/filtered-at-destination")
            .beta()
            .requires("sourceId", "destinationConfigId", "startTime", "endTime", "granularity")
            .list("dataset");
    public static final Operation GET_FILTERED_AT_SOURCE_METRICS_FROM_DELIVERY_OVERVIEW = define(DELIVERY_OVERVIEW, "getFilteredAtSourceMetricsFromDeliveryOverview", "/delivery-overview/filtered-at-source")
            .beta()
            .requires("sourceId", "startTime", "endTime", "granularity")
            .list("dataset");
    public static final Operation GET_INGRESS_FAILED_METRICS_FROM_DELIVERY_OVERVIEW = define(DELIVERY_OVERVIEW, "getIngressFailedMetricsFromDeliveryOverview", "/delivery-overview/failed-on-ingest")
            .beta()
            .requires("sourceId", "startTime", "endTime", "granularity")
            .list("dataset");
    public static final Operation GET_INGRESS_SUCCESS_METRICS_FROM_DELIVERY_OVERVIEW = define(DELIVERY_OVERVIEW, "getIngressSuccessMetricsFromDeliveryOverview", "/delivery-overview/successfully-received")
            .beta()
            .requires("sourceId", "startTime", "endTime", "granularity")
            .list("dataset");

    // Deletion & suppression (regulations)
    public static final Operation GET_REGULATION = define(REGULATIONS, "getRegulation", "/regulations/{regulateId}")
            .single("regulation");
    public static final Operation LIST_REGULATIONS_FROM_SOURCE = define(REGULATIONS, "listRegulationsFromSource", "/regulations/sources/{sourceId}")
            .list("regulations", PaginationStyle.INPUT_ONLY);
    public static final Operation LIST_SUPPRESSIONS = define(REGULATIONS, "listSuppressions", "/suppressions")
            .list("suppressed");
    public static final Operation LIST_WORKSPACE_REGULATIONS = define(REGULATIONS, "listWorkspaceRegulations", "/regulations")
            .list("regulations");

    // Testing
    public static final Operation ECHO = define(TESTING, "echo", "/echo").requires("message").single("method");


    /** Every operation of this area, for the registry; OperationsNotesTest fails if one is missing. */
    static final java.util.List<Operation> ALL = java.util.List.of(
            GET_DAILY_PER_SOURCE_API_CALLS_USAGE,
            GET_DAILY_WORKSPACE_API_CALLS_USAGE,
            GET_DAILY_PER_SOURCE_MTU_USAGE,
            GET_DAILY_WORKSPACE_MTU_USAGE,
            GET_EVENTS_VOLUME_FROM_WORKSPACE,
            GET_EGRESS_FAILED_METRICS_FROM_DELIVERY_OVERVIEW,
            GET_EGRESS_SUCCESS_METRICS_FROM_DELIVERY_OVERVIEW,
            GET_FILTERED_AT_DESTINATION_METRICS_FROM_DELIVERY_OVERVIEW,
            GET_FILTERED_AT_SOURCE_METRICS_FROM_DELIVERY_OVERVIEW,
            GET_INGRESS_FAILED_METRICS_FROM_DELIVERY_OVERVIEW,
            GET_INGRESS_SUCCESS_METRICS_FROM_DELIVERY_OVERVIEW,
            GET_REGULATION,
            LIST_REGULATIONS_FROM_SOURCE,
            LIST_SUPPRESSIONS,
            LIST_WORKSPACE_REGULATIONS,
            ECHO);

    private MonitoringOps() {}
}
