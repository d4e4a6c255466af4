package io.segsync.api.ops;

import static io.segsync.api.ops.Area.*;
import static io.segsync.api.ops.Operation.define;

/**
 * GET operations of the Segment Public API (73.2.0): Protocols (tracking plans, transformations) and functions.
 * One line per operation, as NOTES.md §2 lists it; {@code OperationsNotesTest} keeps them in step.
 */
public final class ProtocolsOps {
    // Tracking plans (Protocols)
    public static final Operation GET_TRACKING_PLAN = define(TRACKING_PLANS, "getTrackingPlan", "/tracking-plans/{trackingPlanId}")
            .single("trackingPlan");
    public static final Operation LIST_RULES_FROM_TRACKING_PLAN = define(TRACKING_PLANS, "listRulesFromTrackingPlan", "/tracking-plans/{trackingPlanId}/rules")
            .perMinute(200)
            .list("rules");
    public static final Operation LIST_SOURCES_FROM_TRACKING_PLAN = define(TRACKING_PLANS, "listSourcesFromTrackingPlan", "/tracking-plans/{trackingPlanId}/sources")
            .list("sources");
    public static final Operation LIST_TRACKING_PLANS = define(TRACKING_PLANS, "listTrackingPlans", "/tracking-plans")
            .list("trackingPlans");

    // Transformations
    public static final Operation GET_TRANSFORMATION = define(TRANSFORMATIONS, "getTransformation", "/transformations/{transformationId}")
            .single("transformation");
    public static final Operation LIST_TRANSFORMATIONS = define(TRANSFORMATIONS, "listTransformations", "/transformations")
            .list("transformations");

    // Functions
    public static final Operation GET_FUNCTION = define(FUNCTIONS, "getFunction", "/functions/{functionId}")
            .single("function");
    public static final Operation GET_FUNCTION_VERSION = define(FUNCTIONS, "getFunctionVersion", "/functions/{functionId}/versions/{versionId}")
            .alpha()
            .single("version");
    public static final Operation GET_INSERT_FUNCTION_INSTANCE = define(FUNCTIONS, "getInsertFunctionInstance", "/insert-function-instances/{instanceId}")
            .alpha()
            .single("insertFunctionInstance");
    public static final Operation LIST_FUNCTION_VERSIONS = define(FUNCTIONS, "listFunctionVersions", "/functions/{functionId}/versions")
            .alpha()
            .list("versions");
    public static final Operation LIST_FUNCTIONS = define(FUNCTIONS, "listFunctions", "/functions")
            .requires("resourceType")
            .list("functions");
    public static final Operation LIST_INSERT_FUNCTION_INSTANCES = define(FUNCTIONS, "listInsertFunctionInstances", "/insert-function-instances")
            .alpha()
            .requires("functionId")
            .list("instances");


    /** Every operation of this area, for the registry; OperationsNotesTest fails if one is missing. */
    static final java.util.List<Operation> ALL = java.util.List.of(
            GET_TRACKING_PLAN,
            LIST_RULES_FROM_TRACKING_PLAN,
            LIST_SOURCES_FROM_TRACKING_PLAN,
            LIST_TRACKING_PLANS,
            GET_TRANSFORMATION,
            LIST_TRANSFORMATIONS,
            GET_FUNCTION,
            GET_FUNCTION_VERSION,
            GET_INSERT_FUNCTION_INSTANCE,
            LIST_FUNCTION_VERSIONS,
            LIST_FUNCTIONS,
            LIST_INSERT_FUNCTION_INSTANCES);

    private ProtocolsOps() {}
}
