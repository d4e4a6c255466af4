package io.segsync.sandbox.ops;

import static io.segsync.sandbox.http.ApiVersion.V1;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segsync.sandbox.data.ConnectionDetails;
import io.segsync.sandbox.data.ResourceCollection;
import io.segsync.sandbox.data.ResourceList;
import io.segsync.sandbox.data.Workspace;
import io.segsync.sandbox.data.WorkspaceGenerator;
import io.segsync.sandbox.http.Pagination;
import io.segsync.sandbox.http.RouteTable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** Deletion and suppression regulations, suppressions, and credentials with their consumers. */
final class GovernanceOps {
    private GovernanceOps() {}

    static void register(RouteTable t) {
        t.get("listWorkspaceRegulations", "/regulations", V1, r -> Pagination.standard(r, Ops.data(), "regulations",
                publicView(r.workspace().collection("regulations"))));
        t.get("getRegulation", "/regulations/{regulateId}", V1,
                r -> Ops.single("regulation", r.workspace().regulationDetail(Ops.find(r, "regulations", r.pathParam("regulateId")))));
        // Accepts pagination but answers only the list, and only the last 90 days (NOTES §2).
        t.get("listRegulationsFromSource", "/regulations/sources/{sourceId}", V1, r -> {
            String sourceId = Ops.find(r, "sources", r.pathParam("sourceId")).path("id").asText();
            Pagination.window(r, Pagination.MAX_COUNT);
            Instant cutoff = WorkspaceGenerator.EPOCH.minus(90, ChronoUnit.DAYS);
            List<ObjectNode> out = new ArrayList<>();
            ResourceCollection regulations = r.workspace().resources("regulations");
            for (int p = 0; p < regulations.size(); p++) {
                ObjectNode g = regulations.get(p);
                if (sourceId.equals(g.path("sourceId").asText()) && !Instant.parse(g.path("createdAt").asText()).isBefore(cutoff)) {
                    g.remove("sourceId");
                    out.add(g);
                }
            }
            return Ops.whole("regulations", out);
        });
        t.get("listSuppressions", "/suppressions", V1, r -> {
            ResourceCollection regulations = r.workspace().resources("regulations");
            List<ObjectNode> out = new ArrayList<>();
            for (int p = 0; p < regulations.size(); p++) {
                ObjectNode g = regulations.get(p);
                if (g.path("regulationType").asText().startsWith("SUPPRESS")) {
                    ObjectNode s = Ops.data().put("subjectType", g.path("subjectType").asText());
                    s.set("subjectIds", g.path("subjects").deepCopy());
                    out.add(s);
                }
            }
            return Pagination.standard(r, Ops.data(), "suppressed", Ops.list(out));
        });
        t.get("listCredentials", "/credentials", V1,
                r -> Pagination.standard(r, Ops.data(), "credentials", r.workspace().collection("credentials")));
        t.get("getCredential", "/credentials/{credentialId}", V1,
                r -> Ops.single("credential", Ops.find(r, "credentials", r.pathParam("credentialId"))));
        t.get("listCredentialConsumers", "/credentials/{credentialId}/consumers", V1, r -> {
            String id = Ops.find(r, "credentials", r.pathParam("credentialId")).path("id").asText();
            Workspace w = r.workspace();
            int credentials = w.resources("credentials").size();
            int slot = w.positionOf("credentials", id);
            ResourceCollection warehouses = w.resources("warehouses");
            List<Integer> warehousePositions = new ArrayList<>();
            for (int p = 0; p < warehouses.size(); p++) {
                if (ConnectionDetails.warehouseSlot(warehouses.idAt(p), credentials) == slot) {
                    warehousePositions.add(p);
                }
            }
            List<Integer> sourcePositions = new ArrayList<>();
            for (int p : warehousePositions) {
                sourcePositions.addAll(w.sourcePositionsOfWarehouse(p));
            }
            ObjectNode data = Ops.data();
            Pagination.prefixed(r, data, "warehouses", Ops.at(w, "warehouses", warehousePositions), "warehousesPagination");
            Pagination.prefixed(r, data, "sources", Ops.at(w, "sources", sourcePositions), "sourcesPagination");
            return data;
        });
    }

    /** The source a regulation targets is an internal link, not a field of RegulationListEntryV1. */
    private static ResourceList publicView(ResourceList regulations) {
        return ResourceList.lazy(regulations.size(), i -> {
            ObjectNode g = regulations.get(i);
            g.remove("sourceId");
            return g;
        });
    }

}
