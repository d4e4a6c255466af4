package io.segsync.sandbox.ops;

import static io.segsync.sandbox.http.ApiVersion.V1;

import io.segsync.sandbox.data.ResourceList;
import io.segsync.sandbox.http.ApiError;
import io.segsync.sandbox.http.Pagination;
import io.segsync.sandbox.http.RouteTable;

/** Protocols: tracking plans, their rules and sources, and transformations. */
final class ProtocolsOps {
    private ProtocolsOps() {}

    static void register(RouteTable t) {
        t.get("listTrackingPlans", "/tracking-plans", V1,
                r -> Pagination.standard(r, Ops.data(), "trackingPlans", r.workspace().collection("tracking-plans")));
        t.get("getTrackingPlan", "/tracking-plans/{trackingPlanId}", V1,
                r -> Ops.single("trackingPlan", Ops.find(r, "tracking-plans", r.pathParam("trackingPlanId"))));
        t.get("listRulesFromTrackingPlan", "/tracking-plans/{trackingPlanId}/rules", V1, r -> {
            ResourceList rules = r.workspace().rulesOf(r.pathParam("trackingPlanId")).orElseThrow(ApiError::notFound);
            return Pagination.standard(r, Ops.data(), "rules", rules);
        });
        t.get("listSourcesFromTrackingPlan", "/tracking-plans/{trackingPlanId}/sources", V1, r -> {
            String planId = Ops.find(r, "tracking-plans", r.pathParam("trackingPlanId")).path("id").asText();
            return Pagination.standard(r, Ops.data(), "sources",
                    Ops.at(r.workspace(), "sources", r.workspace().sourcePositionsOfTrackingPlan(planId)));
        });
        // The live API serves transformations as v1; 32.0.5 still had them in beta (see SpecDifferences).
        t.get("listTransformations", "/transformations", V1,
                r -> Pagination.standard(r, Ops.data(), "transformations", r.workspace().collection("transformations")));
        t.get("getTransformation", "/transformations/{transformationId}", V1,
                r -> Ops.single("transformation", Ops.find(r, "transformations", r.pathParam("transformationId"))));
    }

}
