package io.segsync.sandbox.ops;

import static io.segsync.sandbox.http.ApiVersion.V1ALPHA;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segsync.sandbox.data.ResourceList;
import io.segsync.sandbox.data.Workspace;
import io.segsync.sandbox.http.ApiError;
import io.segsync.sandbox.http.Pagination;
import io.segsync.sandbox.http.Request;
import io.segsync.sandbox.http.RouteTable;
import java.util.ArrayList;
import java.util.List;

/**
 * Reverse ETL: models and sync statuses. A model syncs toward the subscriptions of the destinations
 * of its source, so every (model, subscription) pair with syncs names real resources.
 */
final class ReverseEtlOps {
    static final int SYNCS = 12;

    private ReverseEtlOps() {}

    static void register(RouteTable t) {
        t.get("listReverseEtlModels", "/reverse-etl-models", V1ALPHA,
                r -> Pagination.standard(r, Ops.data(), "models", r.workspace().collection("reverse-etl-models")));
        t.get("getReverseEtlModel", "/reverse-etl-models/{modelId}", V1ALPHA,
                r -> Ops.single("reverseEtlModel", Ops.find(r, "reverse-etl-models", r.pathParam("modelId"))));
        t.get("listReverseETLSyncStatusesFromModelAndSubscriptionId",
                "/reverse-etl-models/{modelId}/subscriptionId/{subscriptionId}/syncs", V1ALPHA, r -> {
                    ObjectNode model = Ops.find(r, "reverse-etl-models", r.pathParam("modelId"));
                    String subscriptionId = r.pathParam("subscriptionId");
                    if (!subscriptionsOf(r.workspace(), model).contains(subscriptionId)) {
                        throw ApiError.notFound();
                    }
                    ResourceList syncs = ResourceList.lazy(SYNCS, k -> sync(r, model, subscriptionId, k));
                    return Pagination.topLevel(r, Ops.data(), "syncStatuses", syncs);
                });
        t.get("getReverseETLSyncStatus", "/reverse-etl-models/{modelId}/syncs/{syncId}", V1ALPHA, r -> {
            ObjectNode model = Ops.find(r, "reverse-etl-models", r.pathParam("modelId"));
            for (String subscriptionId : subscriptionsOf(r.workspace(), model)) {
                for (int k = 0; k < SYNCS; k++) {
                    ObjectNode sync = sync(r, model, subscriptionId, k);
                    if (sync.path("syncId").asText().equals(r.pathParam("syncId"))) {
                        return Ops.single("reverseETLSyncStatus", sync);
                    }
                }
            }
            throw ApiError.notFound();
        });
    }

    private static ObjectNode sync(Request r, ObjectNode model, String subscriptionId, int k) {
        return r.workspace().reverseEtlSync(model.path("id").asText(), model.path("sourceId").asText(), subscriptionId, k);
    }

    /** The subscriptions a model feeds: those of the destinations reading from the model's source. */
    static List<String> subscriptionsOf(Workspace w, ObjectNode model) {
        List<String> out = new ArrayList<>();
        ResourceList destinations = w.resources("destinations");
        for (int p : w.destinationPositionsOf(model.path("sourceId").asText())) {
            for (ObjectNode s : w.details().subscriptions(destinations.get(p))) {
                out.add(s.path("id").asText());
            }
        }
        return out;
    }
}
