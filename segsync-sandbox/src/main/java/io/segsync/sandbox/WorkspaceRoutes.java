package io.segsync.sandbox;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segsync.sandbox.data.ResourceList;
import io.segsync.sandbox.data.Workspace;
import io.segsync.sandbox.http.ApiError;
import io.segsync.sandbox.http.ApiVersion;
import io.segsync.sandbox.http.Pagination;
import io.segsync.sandbox.http.Request;
import io.segsync.sandbox.http.Route;
import java.util.ArrayList;
import java.util.List;

/** The GET operations the sandbox serves for one workspace, with Segment's exact list keys. */
final class WorkspaceRoutes {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Workspace workspace;
    private final List<Route> routes = new ArrayList<>();

    private WorkspaceRoutes(Workspace workspace) {
        this.workspace = workspace;
    }

    static List<Route> of(Workspace workspace) {
        return new WorkspaceRoutes(workspace).build();
    }

    private List<Route> build() {
        get("getWorkspace", "/", r -> single("workspace", workspace.identity()));

        list("listSources", "/sources", "sources", "sources");
        get("getSource", "/sources/{sourceId}", r -> {
            ObjectNode data = single("source", find("sources", r.pathParam("sourceId")));
            data.putNull("trackingPlanId");
            return data;
        });
        list("listDestinations", "/destinations", "destinations", "destinations");
        get("getDestination", "/destinations/{destinationId}",
                r -> single("destination", find("destinations", r.pathParam("destinationId"))));
        list("listWarehouses", "/warehouses", "warehouses", "warehouses");
        get("getWarehouse", "/warehouses/{warehouseId}",
                r -> single("warehouse", find("warehouses", r.pathParam("warehouseId"))));
        list("listTrackingPlans", "/tracking-plans", "tracking-plans", "trackingPlans");
        get("getTrackingPlan", "/tracking-plans/{trackingPlanId}",
                r -> single("trackingPlan", find("tracking-plans", r.pathParam("trackingPlanId"))));
        get("listRulesFromTrackingPlan", "/tracking-plans/{trackingPlanId}/rules", r -> {
            ResourceList rules = workspace.rulesOf(r.pathParam("trackingPlanId")).orElseThrow(ApiError::notFound);
            return page(r, "rules", rules);
        });
        get("listLabels", "/labels", r -> {
            ObjectNode data = JSON.objectNode();
            ResourceList labels = workspace.collection("labels");
            var array = data.putArray("labels");
            for (int i = 0; i < labels.size(); i++) {
                array.add(labels.get(i));
            }
            return data;
        });
        list("listUsers", "/users", "users", "users");
        get("getUser", "/users/{userId}", r -> single("user", find("users", r.pathParam("userId"))));
        list("listAuditEvents", "/audit-events", "audit-events", "events");
        return routes;
    }

    private void get(String operationId, String template, Route.Handler handler) {
        routes.add(new Route(operationId, template, ApiVersion.V1, handler));
    }

    private void list(String operationId, String template, String collection, String listKey) {
        get(operationId, template, r -> page(r, listKey, workspace.collection(collection)));
    }

    private static ObjectNode page(Request request, String listKey, ResourceList items) {
        ObjectNode data = JSON.objectNode();
        Pagination.page(data, listKey, items, Pagination.window(request, Pagination.MAX_COUNT));
        return data;
    }

    private ObjectNode find(String collection, String id) {
        return workspace.find(collection, id).orElseThrow(ApiError::notFound);
    }

    private static ObjectNode single(String key, ObjectNode value) {
        ObjectNode data = JSON.objectNode();
        data.set(key, value);
        return data;
    }
}
