package io.segsync.sandbox.data;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The integration catalog as the catalog operations list it. */
public final class Catalog {
    private static final List<ObjectNode> SOURCES = CatalogEntries.SOURCES.stream().map(CatalogEntries::sourceMetadata).toList();
    private static final List<ObjectNode> DESTINATIONS = CatalogEntries.DESTINATIONS.stream().map(CatalogEntries::destinationMetadata).toList();
    private static final List<ObjectNode> WAREHOUSES = CatalogEntries.WAREHOUSES.stream().map(CatalogEntries::warehouseMetadata).toList();

    private Catalog() {}

    public static List<ObjectNode> sources() {
        return SOURCES;
    }

    public static List<ObjectNode> destinations() {
        return DESTINATIONS;
    }

    public static List<ObjectNode> warehouses() {
        return WAREHOUSES;
    }
}
