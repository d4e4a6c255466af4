package io.segsync.sandbox.ops;

import static io.segsync.sandbox.http.ApiVersion.V1;
import static io.segsync.sandbox.http.ApiVersion.V1ALPHA;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segsync.sandbox.data.ConnectionDetails;
import io.segsync.sandbox.data.ResourceList;
import io.segsync.sandbox.data.Workspace;
import io.segsync.sandbox.http.ApiError;
import io.segsync.sandbox.http.Pagination;
import io.segsync.sandbox.http.RouteTable;
import java.util.List;

/** Sources and what hangs off them. */
final class SourceOps {
    private SourceOps() {}

    static void register(RouteTable t) {
        t.get("listSources", "/sources", V1,
                r -> Pagination.standard(r, Ops.data(), "sources", r.workspace().collection("sources")));
        t.get("getSource", "/sources/{sourceId}", V1, r -> {
            ObjectNode source = Ops.find(r, "sources", r.pathParam("sourceId"));
            ObjectNode data = Ops.single("source", source);
            r.workspace().trackingPlanIdOf(source.path("id").asText())
                    .ifPresentOrElse(id -> data.put("trackingPlanId", id), () -> data.putNull("trackingPlanId"));
            return data;
        });
        t.get("listConnectedDestinationsFromSource", "/sources/{sourceId}/connected-destinations", V1, r -> {
            String sourceId = Ops.find(r, "sources", r.pathParam("sourceId")).path("id").asText();
            Workspace w = r.workspace();
            return Pagination.standard(r, Ops.data(), "destinations", Ops.at(w, "destinations", w.destinationPositionsOf(sourceId)));
        });
        t.business("listConnectedWarehousesFromSource", "/sources/{sourceId}/connected-warehouses", V1, r -> {
            String sourceId = Ops.find(r, "sources", r.pathParam("sourceId")).path("id").asText();
            Workspace w = r.workspace();
            int slot = ConnectionDetails.warehouseSlot(sourceId, w.resources("warehouses").size());
            ResourceList warehouses = slot < 0 ? ResourceList.empty() : Ops.at(w, "warehouses", List.of(slot));
            return Pagination.standard(r, Ops.data(), "warehouses", warehouses);
        });
        t.get("listSchemaSettingsInSource", "/sources/{sourceId}/settings", V1, r -> {
            String sourceId = Ops.find(r, "sources", r.pathParam("sourceId")).path("id").asText();
            ObjectNode data = Ops.data();
            data.put("sourceId", sourceId);
            data.set("settings", r.workspace().details().schemaSettings(sourceId));
            return data;
        });
        t.get("getLatestFromLivePlugins", "/sources/{sourceId}/live-plugins/latest", V1ALPHA, r -> {
            String sourceId = Ops.find(r, "sources", r.pathParam("sourceId")).path("id").asText();
            return Ops.single("livePlugin", r.workspace().details().livePlugin(sourceId).orElseThrow(ApiError::notFound));
        });
    }
}
