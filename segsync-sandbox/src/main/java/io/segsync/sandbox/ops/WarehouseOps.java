package io.segsync.sandbox.ops;

import static io.segsync.sandbox.http.ApiVersion.V1;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segsync.sandbox.data.ResourceCollection;
import io.segsync.sandbox.data.Workspace;
import io.segsync.sandbox.http.ApiError;
import io.segsync.sandbox.http.Pagination;
import io.segsync.sandbox.http.Request;
import io.segsync.sandbox.http.RouteTable;
import java.util.ArrayList;
import java.util.List;

/** Warehouses, their connected sources, syncs and schedules: Business plan only. */
final class WarehouseOps {
    static final int SYNCS_PER_WAREHOUSE = 24;
    static final int SYNCS_PER_SOURCE = 8;

    private WarehouseOps() {}

    static void register(RouteTable t) {
        t.business("listWarehouses", "/warehouses", V1,
                r -> Pagination.standard(r, Ops.data(), "warehouses", r.workspace().collection("warehouses")));
        t.business("getWarehouse", "/warehouses/{warehouseId}", V1,
                r -> Ops.single("warehouse", Ops.find(r, "warehouses", r.pathParam("warehouseId"))));
        t.business("getConnectionStateFromWarehouse", "/warehouses/{warehouseId}/connection-state", V1, r -> {
            String id = Ops.find(r, "warehouses", r.pathParam("warehouseId")).path("id").asText();
            return Ops.data().put("connectionState", r.workspace().details().connectionState(id));
        });
        t.business("listConnectedSourcesFromWarehouse", "/warehouses/{warehouseId}/connected-sources", V1, r ->
                Pagination.standard(r, Ops.data(), "sources", Ops.at(r.workspace(), "sources", connectedSources(r))));
        t.business("getAdvancedSyncScheduleFromWarehouse", "/warehouses/{warehouseId}/advanced-sync-schedule", V1, r -> {
            String id = Ops.find(r, "warehouses", r.pathParam("warehouseId")).path("id").asText();
            return r.workspace().details().advancedSyncSchedule(id);
        });
        t.business("listSelectiveSyncsFromWarehouseAndSource",
                "/warehouses/{warehouseId}/connected-sources/{sourceId}/selective-syncs", V1, r -> {
                    String sourceId = connectedSourceId(r);
                    return Pagination.standard(r, Ops.data(), "items",
                            Ops.list(r.workspace().details().selectiveSyncs(r.pathParam("warehouseId"), sourceId)));
                });
        t.business("listSyncsFromWarehouse", "/warehouses/{warehouseId}/syncs", V1, r -> {
            List<String> sourceIds = ids(r.workspace(), connectedSources(r));
            return Pagination.standard(r, Ops.data(), "reports",
                    Ops.list(r.workspace().details().syncs(r.pathParam("warehouseId"), sourceIds, SYNCS_PER_WAREHOUSE)));
        });
        t.business("listSyncsFromWarehouseAndSource", "/warehouses/{warehouseId}/connected-sources/{sourceId}/syncs", V1, r -> {
            String sourceId = connectedSourceId(r);
            return Pagination.standard(r, Ops.data(), "reports",
                    Ops.list(r.workspace().details().syncs(r.pathParam("warehouseId") + sourceId, List.of(sourceId), SYNCS_PER_SOURCE)));
        });
    }

    private static List<Integer> connectedSources(Request r) {
        String id = Ops.find(r, "warehouses", r.pathParam("warehouseId")).path("id").asText();
        int position = r.workspace().positionOf("warehouses", id);
        return r.workspace().sourcePositionsOfWarehouse(position);
    }

    private static String connectedSourceId(Request r) {
        String sourceId = r.pathParam("sourceId");
        ObjectNode source = Ops.find(r, "sources", sourceId);
        if (!ids(r.workspace(), connectedSources(r)).contains(source.path("id").asText())) {
            throw ApiError.notFound();
        }
        return sourceId;
    }

    private static List<String> ids(Workspace w, List<Integer> positions) {
        ResourceCollection sources = w.resources("sources");
        List<String> out = new ArrayList<>();
        for (int p : positions) {
            out.add(sources.idAt(p));
        }
        return out;
    }
}
