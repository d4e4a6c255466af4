package io.segsync.sandbox.ops;

import static io.segsync.sandbox.http.ApiVersion.V1ALPHA;
import static io.segsync.sandbox.http.ApiVersion.V1BETA;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segsync.sandbox.data.EngageGenerator;
import io.segsync.sandbox.data.ResourceList;
import io.segsync.sandbox.http.ApiError;
import io.segsync.sandbox.http.Pagination;
import io.segsync.sandbox.http.Request;
import io.segsync.sandbox.http.RouteTable;
import java.util.Arrays;
import java.util.List;

/** Computed traits, the space schema, space filters and profiles sync. */
final class SpaceSchemaOps {
    private SpaceSchemaOps() {}

    static void register(RouteTable t) {
        t.business("listComputedTraits", "/spaces/{spaceId}/computed-traits", V1ALPHA,
                r -> Pagination.standard(r, Ops.data(), "computedTraits", r.workspace().engage().computedTraits(EngageOps.spaceId(r))));
        t.business("getComputedTrait", "/spaces/{spaceId}/computed-traits/{id}", V1ALPHA, r -> {
            ResourceList traits = r.workspace().engage().computedTraits(EngageOps.spaceId(r));
            for (int k = 0; k < traits.size(); k++) {
                ObjectNode trait = traits.get(k);
                if (trait.path("id").asText().equals(r.pathParam("id"))) {
                    return Ops.single("computedTrait", trait);
                }
            }
            throw ApiError.notFound();
        });
        t.business("listEvents", "/spaces/{spaceId}/events", V1ALPHA,
                r -> Pagination.standard(r, Ops.data(), "events", Ops.list(engage(r).schemaEvents(EngageOps.spaceId(r)))));
        t.business("listPropertiesFromEvent", "/spaces/{spaceId}/events/{eventName}/properties", V1ALPHA,
                r -> Pagination.standard(r, Ops.data(), "eventProperties", Ops.list(engage(r).properties(event(r)))));
        t.business("listSampleValuesFromEventProperty", "/spaces/{spaceId}/events/{eventName}/properties/{propertyName}/sample-values", V1ALPHA, r -> {
            String type = r.requiredQueryParam("propertyType");
            return samples(engage(r).sampleValues(event(r) + "." + r.pathParam("propertyName") + ":" + type));
        });
        t.business("listTraits", "/spaces/{spaceId}/traits", V1ALPHA,
                r -> Pagination.forwardOnly(r, Ops.data(), "traits", Ops.list(engage(r).traits(EngageOps.spaceId(r)))));
        t.business("listSampleValuesFromTrait", "/spaces/{spaceId}/traits/{traitKey}/sample-values", V1ALPHA, r -> {
            EngageOps.spaceId(r);
            if (!Arrays.asList(EngageGenerator.TRAITS).contains(r.pathParam("traitKey"))) {
                throw ApiError.notFound();
            }
            return samples(engage(r).sampleValues(r.pathParam("traitKey")));
        });
        t.business("listEntityPaths", "/spaces/{spaceId}/entity-paths", V1ALPHA,
                r -> Pagination.standard(r, Ops.data(), "entityPaths", Ops.list(engage(r).entityPaths(EngageOps.spaceId(r)))));
        t.business("listPropertiesFromEntity", "/spaces/{spaceId}/entities/{entitySlug}/properties", V1ALPHA,
                r -> Pagination.forwardOnly(r, Ops.data(), "entityProperties", Ops.list(engage(r).properties(entity(r)))));
        t.business("listSampleValuesFromEntityProperty", "/spaces/{spaceId}/entities/{entitySlug}/properties/{propertyName}/sample-values", V1ALPHA,
                r -> samples(engage(r).sampleValues(entity(r) + "." + r.pathParam("propertyName"))));
        t.business("listProfilesWarehouseInSpace", "/spaces/{spaceId}/profiles-warehouses", V1ALPHA, r -> Pagination.standard(r, Ops.data(),
                "profilesWarehouses", Ops.list(engage(r).profilesWarehouses(EngageOps.spaceId(r), warehouses(r)))));
        t.business("listSelectiveSyncsFromWarehouseAndSpace", "/spaces/{spaceId}/profiles-warehouses/{warehouseId}/selective-syncs", V1ALPHA, r -> {
            String spaceId = EngageOps.spaceId(r);
            String warehouseId = r.pathParam("warehouseId");
            if (engage(r).profilesWarehouses(spaceId, warehouses(r)).stream().noneMatch(w -> w.path("id").asText().equals(warehouseId))) {
                throw ApiError.notFound();
            }
            ObjectNode data = Ops.data();
            Pagination.standard(r, data, "items", Ops.list(r.workspace().details().selectiveSyncs(warehouseId, spaceId)));
            data.put("enableEventTables", true);
            return data;
        });
        t.get("listFiltersForSpace", "/filters", V1BETA, r -> {
            String integrationId = r.requiredQueryParam("integrationId");
            return Pagination.numericOffset(r, Ops.data(), "filters", Ops.list(spaceFilters(r, integrationId)));
        });
        t.get("getFilterById", "/filters/{id}", V1BETA, r -> {
            String id = r.pathParam("id");
            int sep = id.indexOf('.');
            if (!id.startsWith("flt_") || sep < 0) {
                throw ApiError.notFound();
            }
            String integrationId = id.substring(sep + 1);
            return Ops.single("filter", DestinationOps.byId(spaceFilters(r, integrationId), id));
        });
    }

    /** Space filter ids carry their integration, so {@code getFilterById} needs no global index. */
    private static List<ObjectNode> spaceFilters(Request r, String integrationId) {
        List<ObjectNode> filters = engage(r).spaceFilters(r.workspace().id(), integrationId);
        for (ObjectNode f : filters) {
            f.put("id", f.path("id").asText().substring(0, 14) + "." + integrationId);
        }
        return filters;
    }

    private static EngageGenerator engage(Request r) {
        return r.workspace().engage();
    }

    private static String event(Request r) {
        EngageOps.spaceId(r);
        String name = r.pathParam("eventName");
        if (engage(r).schemaEvents("").stream().noneMatch(e -> e.path("name").asText().equals(name))) {
            throw ApiError.notFound();
        }
        return name;
    }

    private static String entity(Request r) {
        EngageOps.spaceId(r);
        String slug = r.pathParam("entitySlug");
        if (!Arrays.asList(EngageGenerator.ENTITIES).contains(slug)) {
            throw ApiError.notFound();
        }
        return slug;
    }

    private static List<ObjectNode> warehouses(Request r) {
        ResourceList w = r.workspace().resources("warehouses");
        return java.util.stream.IntStream.range(0, Math.min(2, w.size())).mapToObj(w::get).toList();
    }

    private static ObjectNode samples(List<String> values) {
        ObjectNode data = Ops.data();
        values.forEach(data.putArray("sampleValues")::add);
        return data;
    }
}
