package io.segsync.sandbox.ops;

import static io.segsync.sandbox.http.ApiVersion.V1;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segsync.sandbox.data.Catalog;
import io.segsync.sandbox.http.ApiError;
import io.segsync.sandbox.http.Pagination;
import io.segsync.sandbox.http.RouteTable;

/** The integration catalog: the same for every workspace. */
final class CatalogOps {
    private CatalogOps() {}

    static void register(RouteTable t) {
        t.get("getSourcesCatalog", "/catalog/sources", V1,
                r -> Pagination.standard(r, Ops.data(), "sourcesCatalog", Ops.list(Catalog.sources())));
        t.get("getSourceMetadata", "/catalog/sources/{sourceMetadataId}", V1,
                r -> Ops.single("sourceMetadata", byId(Catalog.sources(), r.pathParam("sourceMetadataId"))));
        t.get("getDestinationsCatalog", "/catalog/destinations", V1,
                r -> Pagination.standard(r, Ops.data(), "destinationsCatalog", Ops.list(Catalog.destinations())));
        t.get("getDestinationMetadata", "/catalog/destinations/{destinationMetadataId}", V1,
                r -> Ops.single("destinationMetadata", byId(Catalog.destinations(), r.pathParam("destinationMetadataId"))));
        t.get("getWarehousesCatalog", "/catalog/warehouses", V1,
                r -> Pagination.standard(r, Ops.data(), "warehousesCatalog", Ops.list(Catalog.warehouses())));
        t.get("getWarehouseMetadata", "/catalog/warehouses/{warehouseMetadataId}", V1,
                r -> Ops.single("warehouseMetadata", byId(Catalog.warehouses(), r.pathParam("warehouseMetadataId"))));
    }

    private static ObjectNode byId(java.util.List<ObjectNode> items, String id) {
        return items.stream().filter(n -> id.equals(n.path("id").asText())).findFirst()
                .map(ObjectNode::deepCopy).orElseThrow(ApiError::notFound);
    }
}
