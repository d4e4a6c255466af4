package io.segsync.sandbox.ops;

import static io.segsync.sandbox.http.ApiVersion.V1;
import static io.segsync.sandbox.http.ApiVersion.V1ALPHA;
import static io.segsync.sandbox.http.ApiVersion.V1BETA;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segsync.sandbox.http.ApiError;
import io.segsync.sandbox.http.Pagination;
import io.segsync.sandbox.http.RouteTable;
import java.util.List;

/** Destinations, their subscriptions, filters and delivery metrics. */
final class DestinationOps {
    private DestinationOps() {}

    static void register(RouteTable t) {
        t.get("listDestinations", "/destinations", V1,
                r -> Pagination.standard(r, Ops.data(), "destinations", r.workspace().collection("destinations")));
        t.get("getDestination", "/destinations/{destinationId}", V1,
                r -> Ops.single("destination", Ops.find(r, "destinations", r.pathParam("destinationId"))));
        t.get("listSubscriptionsFromDestination", "/destinations/{destinationId}/subscriptions", V1ALPHA, r -> {
            ObjectNode destination = Ops.find(r, "destinations", r.pathParam("destinationId"));
            return Pagination.standard(r, Ops.data(), "subscriptions", Ops.list(r.workspace().details().subscriptions(destination)));
        });
        t.get("getSubscriptionFromDestination", "/destinations/{destinationId}/subscriptions/{id}", V1ALPHA, r -> {
            ObjectNode destination = Ops.find(r, "destinations", r.pathParam("destinationId"));
            return Ops.single("subscription", byId(r.workspace().details().subscriptions(destination), r.pathParam("id")));
        });
        t.get("listDeliveryMetricsSummaryFromDestination", "/destinations/{destinationId}/delivery-metrics", V1BETA, r -> {
            ObjectNode destination = Ops.find(r, "destinations", r.pathParam("destinationId"));
            String sourceId = r.requiredQueryParam("sourceId");
            Ops.find(r, "sources", sourceId);
            return Ops.single("deliveryMetricsSummary", r.workspace().metrics().deliverySummary(sourceId, destination));
        });
        t.get("listFiltersFromDestination", "/destination/{destinationId}/filters", V1, r -> {
            ObjectNode destination = Ops.find(r, "destinations", r.pathParam("destinationId"));
            return Pagination.standard(r, Ops.data(), "filters", Ops.list(r.workspace().details().filters(destination)));
        });
        t.get("getFilterInDestination", "/destination/{destinationId}/filters/{filterId}", V1, r -> {
            ObjectNode destination = Ops.find(r, "destinations", r.pathParam("destinationId"));
            return Ops.single("filter", byId(r.workspace().details().filters(destination), r.pathParam("filterId")));
        });
    }

    static ObjectNode byId(List<ObjectNode> items, String id) {
        return items.stream().filter(n -> id.equals(n.path("id").asText())).findFirst().orElseThrow(ApiError::notFound);
    }
}
