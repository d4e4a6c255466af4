package io.segsync.api.ops;

import java.util.List;
import java.util.Optional;

/** The read operations the client knows, defined once so that code, docs and tests agree. */
public final class Operations {
    public static final Operation GET_WORKSPACE = single("getWorkspace", "/", "workspace");
    public static final Operation LIST_SOURCES = paged("listSources", "/sources", "sources");
    public static final Operation LIST_DESTINATIONS = paged("listDestinations", "/destinations", "destinations");
    public static final Operation LIST_WAREHOUSES = paged("listWarehouses", "/warehouses", "warehouses");
    public static final Operation LIST_TRACKING_PLANS = paged("listTrackingPlans", "/tracking-plans", "trackingPlans");
    public static final Operation LIST_RULES_FROM_TRACKING_PLAN = new Operation("listRulesFromTrackingPlan",
            "/tracking-plans/{trackingPlanId}/rules", ApiVersion.V1, "rules", PaginationStyle.CURSOR, List.of(), 200);
    public static final Operation LIST_LABELS = new Operation("listLabels", "/labels", ApiVersion.V1, "labels",
            PaginationStyle.NONE, List.of(), 0);
    public static final Operation LIST_USERS = paged("listUsers", "/users", "users");
    public static final Operation LIST_AUDIT_EVENTS = paged("listAuditEvents", "/audit-events", "events");

    private static final List<Operation> ALL = List.of(GET_WORKSPACE, LIST_SOURCES, LIST_DESTINATIONS, LIST_WAREHOUSES,
            LIST_TRACKING_PLANS, LIST_RULES_FROM_TRACKING_PLAN, LIST_LABELS, LIST_USERS, LIST_AUDIT_EVENTS);

    private Operations() {}

    public static List<Operation> all() {
        return ALL;
    }

    public static Optional<Operation> byId(String id) {
        return ALL.stream().filter(op -> op.id().equals(id)).findFirst();
    }

    private static Operation paged(String id, String path, String listKey) {
        return new Operation(id, path, ApiVersion.V1, listKey, PaginationStyle.CURSOR, List.of(), 0);
    }

    private static Operation single(String id, String path, String key) {
        return new Operation(id, path, ApiVersion.V1, key, PaginationStyle.NONE, List.of(), 0);
    }
}
