package io.segsync.sandbox.ops;

import static io.segsync.sandbox.http.ApiVersion.V1;
import static io.segsync.sandbox.http.ApiVersion.V1ALPHA;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segsync.sandbox.data.ResourceCollection;
import io.segsync.sandbox.http.ApiError;
import io.segsync.sandbox.http.Pagination;
import io.segsync.sandbox.http.RouteTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Functions, their versions and insert-function instances. */
final class FunctionOps {
    private static final Set<String> RESOURCE_TYPES = Set.of("DESTINATION", "INSERT_DESTINATION", "INSERT_SOURCE", "SOURCE");

    private FunctionOps() {}

    static void register(RouteTable t) {
        t.get("listFunctions", "/functions", V1, r -> {
            String type = r.requiredQueryParam("resourceType");
            if (!RESOURCE_TYPES.contains(type)) {
                throw ApiError.validation("resourceType must be one of " + RESOURCE_TYPES, "resourceType");
            }
            ResourceCollection functions = r.workspace().resources("functions");
            List<Integer> positions = new ArrayList<>();
            for (int p = 0; p < functions.size(); p++) {
                if (type.equals(functions.get(p).path("resourceType").asText())) {
                    positions.add(p);
                }
            }
            return Pagination.standard(r, Ops.data(), "functions", Ops.at(r.workspace(), "functions", positions));
        });
        t.get("getFunction", "/functions/{functionId}", V1,
                r -> Ops.single("function", Ops.find(r, "functions", r.pathParam("functionId"))));
        t.get("listFunctionVersions", "/functions/{functionId}/versions", V1ALPHA, r -> Pagination.standard(r, Ops.data(),
                "versions", Ops.list(r.workspace().versionsOf(r.pathParam("functionId")).orElseThrow(ApiError::notFound))));
        t.get("getFunctionVersion", "/functions/{functionId}/versions/{versionId}", V1ALPHA, r -> Ops.single("version",
                DestinationOps.byId(r.workspace().versionsOf(r.pathParam("functionId")).orElseThrow(ApiError::notFound),
                        r.pathParam("versionId"))));
        t.get("listInsertFunctionInstances", "/insert-function-instances", V1ALPHA, r -> {
            ObjectNode function = Ops.find(r, "functions", r.requiredQueryParam("functionId"));
            return Pagination.standard(r, Ops.data(), "instances", Ops.list(r.workspace().insertFunctionInstances(function)));
        });
        t.get("getInsertFunctionInstance", "/insert-function-instances/{instanceId}", V1ALPHA, r -> {
            ResourceCollection functions = r.workspace().resources("functions");
            String id = r.pathParam("instanceId");
            for (int p = 0; p < functions.size(); p++) {
                for (ObjectNode instance : r.workspace().insertFunctionInstances(functions.get(p))) {
                    if (id.equals(instance.path("id").asText())) {
                        return Ops.single("insertFunctionInstance", instance);
                    }
                }
            }
            throw ApiError.notFound();
        });
    }
}
