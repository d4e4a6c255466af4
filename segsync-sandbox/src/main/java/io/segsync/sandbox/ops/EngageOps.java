package io.segsync.sandbox.ops;

import static io.segsync.sandbox.http.ApiVersion.V1;
import static io.segsync.sandbox.http.ApiVersion.V1ALPHA;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segsync.sandbox.data.EngageGenerator;
import io.segsync.sandbox.data.ResourceList;
import io.segsync.sandbox.data.Workspace;
import io.segsync.sandbox.http.ApiError;
import io.segsync.sandbox.http.Pagination;
import io.segsync.sandbox.http.Request;
import io.segsync.sandbox.http.RouteTable;
import java.util.ArrayList;
import java.util.List;

/** Engage spaces, audiences and activations: Business plan only. */
final class EngageOps {
    private EngageOps() {}

    static void register(RouteTable t) {
        t.business("listSpaces", "/spaces", V1ALPHA, r -> Pagination.standard(r, Ops.data(), "spaces", r.workspace().collection("spaces")));
        t.business("getSpace", "/spaces/{spaceId}", V1ALPHA, r -> Ops.single("space", space(r)));
        t.business("listAudiences", "/spaces/{spaceId}/audiences", V1, r -> Pagination.standard(r, Ops.data(), "audiences",
                r.workspace().engage().audiences(spaceId(r)), Pagination.AUDIENCES_MAX_COUNT));
        t.business("getAudience", "/spaces/{spaceId}/audiences/{id}", V1, r -> Ops.single("audience", audience(r, "id")));
        t.business("getAudiencePreview", "/spaces/{spaceId}/audiences/previews/{id}", V1, r -> {
            String previewId = r.pathParam("id");
            ResourceList audiences = r.workspace().engage().audiences(spaceId(r));
            for (int k = 0; k < audiences.size(); k++) {
                ObjectNode a = audiences.get(k);
                if (previewId.equals("prv_" + a.path("id").asText().substring(4))) {
                    ObjectNode preview = Ops.data().put("id", previewId).put("status", "COMPLETED");
                    preview.put("audienceType", "USERS");
                    preview.putObject("size").put("count", a.path("size").path("count").asLong());
                    preview.putArray("results");
                    return Ops.single("audiencePreview", preview);
                }
            }
            throw ApiError.notFound();
        });
        t.business("listAudienceSchedulesFromSpaceAndAudience", "/spaces/{spaceId}/audiences/{id}/schedules", V1, r -> {
            ObjectNode a = audience(r, "id");
            return Ops.whole("audienceSchedules", r.workspace().engage().schedules(spaceId(r), a.path("id").asText()));
        });
        t.business("getAudienceScheduleFromSpaceAndAudience", "/spaces/{spaceId}/audiences/{id}/schedules/{scheduleId}", V1, r -> {
            ObjectNode a = audience(r, "id");
            return Ops.single("audienceSchedule", DestinationOps.byId(
                    r.workspace().engage().schedules(spaceId(r), a.path("id").asText()), r.pathParam("scheduleId")));
        });
        t.business("listAudienceConsumersFromSpaceAndAudience", "/spaces/{spaceId}/audiences/{id}/audience-references", V1ALPHA, r -> {
            ObjectNode a = audience(r, "id");
            ResourceList audiences = r.workspace().engage().audiences(spaceId(r));
            List<ObjectNode> consumers = new ArrayList<>();
            for (int k = 0; k < audiences.size(); k++) {
                ObjectNode other = audiences.get(k);
                // An audience is referenced by the audiences built on top of it: a deterministic third.
                if (!other.path("id").equals(a.path("id")) && Math.floorMod((other.path("id").asText() + a.path("id").asText()).hashCode(), 3) == 0) {
                    consumers.add(Ops.data().put("id", other.path("id").asText()).put("name", other.path("name").asText())
                            .put("type", "AUDIENCE").put("spaceId", spaceId(r)));
                }
            }
            return Pagination.standard(r, Ops.data(), "audiences", Ops.list(consumers));
        });
        t.business("listActivationsFromAudience", "/spaces/{spaceId}/audiences/{audienceId}/activations", V1ALPHA,
                r -> Pagination.standard(r, Ops.data(), "activations", Ops.list(activations(r))));
        t.business("getActivationFromAudience", "/spaces/{spaceId}/audiences/{audienceId}/activations/{id}", V1ALPHA,
                r -> Ops.single("activation", DestinationOps.byId(activations(r), r.pathParam("id"))));
        t.business("listDestinationsFromAudience", "/spaces/{spaceId}/audiences/{audienceId}/destination-connections", V1ALPHA, r -> {
            ObjectNode a = audience(r, "audienceId");
            return Pagination.standard(r, Ops.data(), "connections",
                    Ops.list(r.workspace().engage().destinationConnections(a.path("id").asText(), someDestinations(r.workspace()))));
        });
        t.business("listSupportedDestinationsFromAudience", "/spaces/{spaceId}/audienceType/{audienceType}/supported-destinations", V1ALPHA, r -> {
            spaceId(r);
            String type = r.pathParam("audienceType");
            if (!type.equals("USERS") && !type.equals("ACCOUNTS")) {
                throw ApiError.validation("audienceType must be USERS or ACCOUNTS", "audienceType");
            }
            return Pagination.standard(r, Ops.data(), "destinations", Ops.list(someDestinations(r.workspace())));
        });
    }

    static ObjectNode space(Request r) {
        return Ops.find(r, "spaces", r.pathParam("spaceId"));
    }

    static String spaceId(Request r) {
        return space(r).path("id").asText();
    }

    private static ObjectNode audience(Request r, String param) {
        String spaceId = spaceId(r);
        EngageGenerator engage = r.workspace().engage();
        String id = r.pathParam(param);
        for (int k = 0; k < r.workspace().size().audiencesPerSpace(); k++) {
            if (engage.audienceId(spaceId, k).equals(id)) {
                return engage.audiences(spaceId).get(k);
            }
        }
        throw ApiError.notFound();
    }

    private static List<ObjectNode> activations(Request r) {
        ObjectNode a = audience(r, "audienceId");
        List<String> destinationIds = new ArrayList<>();
        for (ObjectNode d : someDestinations(r.workspace())) {
            destinationIds.add(d.path("id").asText());
        }
        return r.workspace().engage().activations(spaceId(r), a.path("id").asText(), destinationIds);
    }

    /** Engage connects to a handful of the workspace's destinations: the first few that exist. */
    static List<ObjectNode> someDestinations(Workspace w) {
        ResourceList destinations = w.resources("destinations");
        List<ObjectNode> out = new ArrayList<>();
        for (int p = 0; p < Math.min(5, destinations.size()); p++) {
            out.add(destinations.get(p));
        }
        return out;
    }
}
