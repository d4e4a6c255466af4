package io.segsync.core.catalog;

import static io.segsync.core.catalog.Column.of;
import static io.segsync.core.catalog.Column.secret;
import static io.segsync.core.catalog.ColumnType.BIGINT;
import static io.segsync.core.catalog.ColumnType.BOOLEAN;
import static io.segsync.core.catalog.ColumnType.JSON;
import static io.segsync.core.catalog.ColumnType.STRING;
import static io.segsync.core.catalog.ColumnType.TIMESTAMP;
import static io.segsync.core.catalog.ParentBinding.byId;
import static io.segsync.core.catalog.StreamDefinition.stream;

import io.segsync.api.ops.ConnectionOps;
import java.util.List;

/** The workspace, sources, destinations, warehouses, what hangs off them, and the integration catalogs. */
final class ConnectionStreams {
    static final String WAREHOUSES_PLAN = "Business plan (warehouses)";

    private ConnectionStreams() {}

    /** The columns of a SourceV1, wherever one is listed. */
    static Column[] sourceColumns() {
        return new Column[] {of("id", STRING), of("slug", STRING), of("name", STRING), of("workspaceId", STRING),
            of("enabled", BOOLEAN), secret("writeKeys", JSON), of("metadata", JSON), secret("settings", JSON), of("labels", JSON)};
    }

    static Column[] warehouseColumns() {
        return new Column[] {of("id", STRING), of("workspaceId", STRING), of("enabled", BOOLEAN), of("metadata", JSON),
            secret("settings", JSON)};
    }

    static Column[] syncReportColumns() {
        return new Column[] {of("start", TIMESTAMP), of("end", TIMESTAMP), of("status", STRING), of("duration", BIGINT),
            of("humanDuration", STRING), of("count", BIGINT), of("notices", JSON)};
    }

    static List<StreamDefinition> all() {
        ParentBinding connectedSource = ParentBinding.of("warehouse_connected_sources")
                .path("warehouse_id", "warehouseId", "warehouse_id").path("id", "sourceId", "source_id");
        return List.of(
                stream("workspace", ConnectionOps.GET_WORKSPACE)
                        .columns(of("id", STRING), of("slug", STRING), of("name", STRING)).key("id").build(),
                stream("sources", ConnectionOps.LIST_SOURCES).columns(sourceColumns()).key("id").build(),
                stream("destinations", ConnectionOps.LIST_DESTINATIONS)
                        .columns(of("id", STRING), of("name", STRING), of("enabled", BOOLEAN), of("sourceId", STRING),
                                of("metadata", JSON), secret("settings", JSON))
                        .key("id").build(),
                stream("warehouses", ConnectionOps.LIST_WAREHOUSES).columns(warehouseColumns()).key("id").build(),

                // Per source
                stream("source_connected_destinations", ConnectionOps.LIST_CONNECTED_DESTINATIONS_FROM_SOURCE)
                        .child(byId("sources", "sourceId", "source_id"))
                        .columns(of("id", STRING), of("name", STRING), of("enabled", BOOLEAN), of("metadata", JSON),
                                secret("settings", JSON))
                        .key("source_id", "id").build(),
                stream("source_connected_warehouses", ConnectionOps.LIST_CONNECTED_WAREHOUSES_FROM_SOURCE)
                        .child(byId("sources", "sourceId", "source_id")).columns(warehouseColumns())
                        .key("source_id", "id").access(WAREHOUSES_PLAN).build(),
                stream("source_schema_settings", ConnectionOps.LIST_SCHEMA_SETTINGS_IN_SOURCE)
                        .child(byId("sources", "sourceId", "source_id")).oneRowPerCall()
                        .columns(of("track", JSON), of("identify", JSON), of("group", JSON), of("forwardingViolationsTo", STRING))
                        .key("source_id").build(),
                // Only sources that run a live plugin have one: the others answer 404 and land no row.
                stream("source_live_plugins", ConnectionOps.GET_LATEST_FROM_LIVE_PLUGINS)
                        .child(byId("sources", "sourceId", "source_id"))
                        .columns(of("id", STRING), of("code", STRING), of("createdAt", TIMESTAMP), of("updatedAt", TIMESTAMP))
                        .key("source_id").build(),

                // Per destination; subscriptions keep the destination's source for the reverse-ETL join.
                stream("destination_subscriptions", ConnectionOps.LIST_SUBSCRIPTIONS_FROM_DESTINATION)
                        .child(byId("destinations", "destinationId", "destination_id").column("sourceId", "source_id"))
                        .columns(of("id", STRING), of("name", STRING), of("actionId", STRING), of("actionSlug", STRING),
                                of("enabled", BOOLEAN), of("trigger", STRING), of("settings", JSON))
                        .key("destination_id", "id").build(),
                stream("destination_filters", ConnectionOps.LIST_FILTERS_FROM_DESTINATION)
                        .child(byId("destinations", "destinationId", "destination_id"))
                        .columns(of("id", STRING), of("sourceId", STRING), of("if", STRING), of("actions", JSON),
                                of("title", STRING), of("description", STRING), of("enabled", BOOLEAN),
                                of("createdAt", TIMESTAMP), of("updatedAt", TIMESTAMP))
                        .key("destination_id", "id").build(),
                stream("delivery_metrics_summaries", ConnectionOps.LIST_DELIVERY_METRICS_SUMMARY_FROM_DESTINATION)
                        .child(ParentBinding.of("destinations").path("id", "destinationId", "destination_id")
                                .query("sourceId", "sourceId", "source_id"))
                        .columns(of("destinationMetadataId", STRING), of("metrics", JSON))
                        .key("destination_id", "source_id").build(),

                // Per warehouse, and per warehouse × connected source
                stream("warehouse_connected_sources", ConnectionOps.LIST_CONNECTED_SOURCES_FROM_WAREHOUSE)
                        .child(byId("warehouses", "warehouseId", "warehouse_id")).columns(sourceColumns())
                        .key("warehouse_id", "id").build(),
                stream("warehouse_syncs", ConnectionOps.LIST_SYNCS_FROM_WAREHOUSE)
                        .child(byId("warehouses", "warehouseId", "warehouse_id"))
                        .columns(concat(new Column[] {of("sourceId", STRING)}, syncReportColumns()))
                        .key("warehouse_id", "source_id", "start").build(),
                stream("warehouse_connection_states", ConnectionOps.GET_CONNECTION_STATE_FROM_WAREHOUSE)
                        .child(byId("warehouses", "warehouseId", "warehouse_id")).columns(of("connectionState", STRING))
                        .key("warehouse_id").build(),
                stream("warehouse_sync_schedules", ConnectionOps.GET_ADVANCED_SYNC_SCHEDULE_FROM_WAREHOUSE)
                        .child(byId("warehouses", "warehouseId", "warehouse_id"))
                        .columns(of("enabled", BOOLEAN), of("schedule", JSON)).key("warehouse_id").build(),
                stream("warehouse_source_selective_syncs", ConnectionOps.LIST_SELECTIVE_SYNCS_FROM_WAREHOUSE_AND_SOURCE)
                        .child(connectedSource)
                        .columns(of("collection", STRING), of("enabled", BOOLEAN), of("properties", JSON))
                        .key("warehouse_id", "source_id", "collection").build(),
                stream("warehouse_source_syncs", ConnectionOps.LIST_SYNCS_FROM_WAREHOUSE_AND_SOURCE)
                        .child(connectedSource).columns(syncReportColumns())
                        .key("warehouse_id", "source_id", "start").build(),

                // The integration catalog: the same for every workspace
                stream("sources_catalog", ConnectionOps.GET_SOURCES_CATALOG).columns(catalogColumns()).key("id").build(),
                stream("destinations_catalog", ConnectionOps.GET_DESTINATIONS_CATALOG).columns(catalogColumns()).key("id").build(),
                stream("warehouses_catalog", ConnectionOps.GET_WAREHOUSES_CATALOG).columns(catalogColumns()).key("id").build());
    }

    private static Column[] catalogColumns() {
        return new Column[] {of("id", STRING), of("name", STRING), of("slug", STRING), of("description", STRING),
            of("logos", JSON), of("options", JSON), of("categories", JSON)};
    }

    static Column[] concat(Column[] a, Column[] b) {
        Column[] all = new Column[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
