package io.segsync.api.ops;

import static io.segsync.api.ops.Area.*;
import static io.segsync.api.ops.Operation.define;

/**
 * GET operations of the Segment Public API (73.2.0): Workspace, sources, destinations, destination filters, warehouses, warehouse syncs and the catalog.
 * One line per operation, as NOTES.md §2 lists it; {@code OperationsNotesTest} keeps them in step.
 */
public final class ConnectionOps {
    // Workspace
    public static final Operation GET_WORKSPACE = define(WORKSPACE, "getWorkspace", "/").single("workspace");

    // Sources
    public static final Operation GET_LATEST_FROM_LIVE_PLUGINS = define(SOURCES, "getLatestFromLivePlugins", "/sources/{sourceId}/live-plugins/latest")
            .alpha()
            .gated("Live Plugins feature")
            .single("livePlugin");
    public static final Operation GET_SOURCE = define(SOURCES, "getSource", "/sources/{sourceId}").single("source");
    public static final Operation LIST_CONNECTED_DESTINATIONS_FROM_SOURCE = define(SOURCES, "listConnectedDestinationsFromSource", "/sources/{sourceId}/connected-destinations")
            .list("destinations");
    public static final Operation LIST_CONNECTED_WAREHOUSES_FROM_SOURCE = define(SOURCES, "listConnectedWarehousesFromSource", "/sources/{sourceId}/connected-warehouses")
            .list("warehouses");
    public static final Operation LIST_SCHEMA_SETTINGS_IN_SOURCE = define(SOURCES, "listSchemaSettingsInSource", "/sources/{sourceId}/settings")
            .unpagedList("settings");
    public static final Operation LIST_SOURCES = define(SOURCES, "listSources", "/sources").list("sources");

    // Destinations & subscriptions
    public static final Operation GET_DESTINATION = define(DESTINATIONS, "getDestination", "/destinations/{destinationId}")
            .single("destination");
    public static final Operation GET_SUBSCRIPTION_FROM_DESTINATION = define(DESTINATIONS, "getSubscriptionFromDestination", "/destinations/{destinationId}/subscriptions/{id}")
            .alpha()
            .gated("Destination Subscriptions feature")
            .single("subscription");
    public static final Operation LIST_DELIVERY_METRICS_SUMMARY_FROM_DESTINATION = define(DESTINATIONS, "listDeliveryMetricsSummaryFromDestination", "/destinations/{destinationId}/delivery-metrics")
            .beta()
            .requires("sourceId")
            .single("deliveryMetricsSummary");
    public static final Operation LIST_DESTINATIONS = define(DESTINATIONS, "listDestinations", "/destinations")
            .list("destinations");
    public static final Operation LIST_SUBSCRIPTIONS_FROM_DESTINATION = define(DESTINATIONS, "listSubscriptionsFromDestination", "/destinations/{destinationId}/subscriptions")
            .alpha()
            .gated("Destination Subscriptions feature")
            .list("subscriptions");

    // Destination filters
    public static final Operation GET_FILTER_IN_DESTINATION = define(DESTINATION_FILTERS, "getFilterInDestination", "/destination/{destinationId}/filters/{filterId}")
            .single("filter");
    public static final Operation LIST_FILTERS_FROM_DESTINATION = define(DESTINATION_FILTERS, "listFiltersFromDestination", "/destination/{destinationId}/filters")
            .list("filters");

    // Warehouses
    public static final Operation GET_CONNECTION_STATE_FROM_WAREHOUSE = define(WAREHOUSES, "getConnectionStateFromWarehouse", "/warehouses/{warehouseId}/connection-state")
            .perMinute(200)
            .single("connectionState");
    public static final Operation GET_WAREHOUSE = define(WAREHOUSES, "getWarehouse", "/warehouses/{warehouseId}")
            .single("warehouse");
    public static final Operation LIST_CONNECTED_SOURCES_FROM_WAREHOUSE = define(WAREHOUSES, "listConnectedSourcesFromWarehouse", "/warehouses/{warehouseId}/connected-sources")
            .list("sources");
    public static final Operation LIST_WAREHOUSES = define(WAREHOUSES, "listWarehouses", "/warehouses")
            .list("warehouses");

    // Selective sync / warehouse syncs
    public static final Operation GET_ADVANCED_SYNC_SCHEDULE_FROM_WAREHOUSE = define(WAREHOUSE_SYNCS, "getAdvancedSyncScheduleFromWarehouse", "/warehouses/{warehouseId}/advanced-sync-schedule")
            .perMinute(2)
            .single("enabled");
    public static final Operation LIST_SELECTIVE_SYNCS_FROM_WAREHOUSE_AND_SOURCE = define(WAREHOUSE_SYNCS, "listSelectiveSyncsFromWarehouseAndSource", "/warehouses/{warehouseId}/connected-sources/{sourceId}/selective-syncs")
            .perMinute(2)
            .list("items");
    public static final Operation LIST_SYNCS_FROM_WAREHOUSE = define(WAREHOUSE_SYNCS, "listSyncsFromWarehouse", "/warehouses/{warehouseId}/syncs")
            .perMinute(2)
            .list("reports");
    public static final Operation LIST_SYNCS_FROM_WAREHOUSE_AND_SOURCE = define(WAREHOUSE_SYNCS, "listSyncsFromWarehouseAndSource", "/warehouses/{warehouseId}/connected-sources/{sourceId}/syncs")
            .perMinute(2)
            .list("reports");

    // Catalog
    public static final Operation GET_DESTINATION_METADATA = define(CATALOG, "getDestinationMetadata", "/catalog/destinations/{destinationMetadataId}")
            .single("destinationMetadata");
    public static final Operation GET_DESTINATIONS_CATALOG = define(CATALOG, "getDestinationsCatalog", "/catalog/destinations")
            .list("destinationsCatalog");
    public static final Operation GET_SOURCE_METADATA = define(CATALOG, "getSourceMetadata", "/catalog/sources/{sourceMetadataId}")
            .single("sourceMetadata");
    public static final Operation GET_SOURCES_CATALOG = define(CATALOG, "getSourcesCatalog", "/catalog/sources")
            .list("sourcesCatalog");
    public static final Operation GET_WAREHOUSE_METADATA = define(CATALOG, "getWarehouseMetadata", "/catalog/warehouses/{warehouseMetadataId}")
            .single("warehouseMetadata");
    public static final Operation GET_WAREHOUSES_CATALOG = define(CATALOG, "getWarehousesCatalog", "/catalog/warehouses")
            .list("warehousesCatalog");


    /** Every operation of this area, for the registry; OperationsNotesTest fails if one is missing. */
    static final java.util.List<Operation> ALL = java.util.List.of(
            GET_WORKSPACE,
            GET_LATEST_FROM_LIVE_PLUGINS,
            GET_SOURCE,
            LIST_CONNECTED_DESTINATIONS_FROM_SOURCE,
            LIST_CONNECTED_WAREHOUSES_FROM_SOURCE,
            LIST_SCHEMA_SETTINGS_IN_SOURCE,
            LIST_SOURCES,
            GET_DESTINATION,
            GET_SUBSCRIPTION_FROM_DESTINATION,
            LIST_DELIVERY_METRICS_SUMMARY_FROM_DESTINATION,
            LIST_DESTINATIONS,
            LIST_SUBSCRIPTIONS_FROM_DESTINATION,
            GET_FILTER_IN_DESTINATION,
            LIST_FILTERS_FROM_DESTINATION,
            GET_CONNECTION_STATE_FROM_WAREHOUSE,
            GET_WAREHOUSE,
            LIST_CONNECTED_SOURCES_FROM_WAREHOUSE,
            LIST_WAREHOUSES,
            GET_ADVANCED_SYNC_SCHEDULE_FROM_WAREHOUSE,
            LIST_SELECTIVE_SYNCS_FROM_WAREHOUSE_AND_SOURCE,
            LIST_SYNCS_FROM_WAREHOUSE,
            LIST_SYNCS_FROM_WAREHOUSE_AND_SOURCE,
            GET_DESTINATION_METADATA,
            GET_DESTINATIONS_CATALOG,
            GET_SOURCE_METADATA,
            GET_SOURCES_CATALOG,
            GET_WAREHOUSE_METADATA,
            GET_WAREHOUSES_CATALOG);

    private ConnectionOps() {}
}
