package io.segsync.core.catalog;

import static io.segsync.core.catalog.Column.of;
import static io.segsync.core.catalog.Column.secret;
import static io.segsync.core.catalog.ColumnType.BOOLEAN;
import static io.segsync.core.catalog.ColumnType.JSON;
import static io.segsync.core.catalog.ColumnType.STRING;
import static io.segsync.core.catalog.ColumnType.TIMESTAMP;
import static io.segsync.core.catalog.ParentBinding.byId;
import static io.segsync.core.catalog.StreamDefinition.stream;

import io.segsync.api.ops.EngageOps;
import java.util.List;

/** Reverse ETL and Engage: spaces, audiences and what hangs off them, computed traits, the space schema, profiles sync. */
final class EngageStreams {
    private EngageStreams() {}

    static List<StreamDefinition> all() {
        ParentBinding audience = ParentBinding.of("space_audiences").path("space_id", "spaceId", "space_id");
        ParentBinding space = byId("spaces", "spaceId", "space_id");
        Column[] property = {of("key", STRING), of("type", STRING), of("owner", STRING), of("lastSeenAt", TIMESTAMP)};
        return List.of(
                stream("reverse_etl_models", EngageOps.LIST_REVERSE_ETL_MODELS)
                        .columns(of("id", STRING), of("sourceId", STRING), of("name", STRING), of("description", STRING),
                                of("enabled", BOOLEAN), of("query", STRING), of("queryIdentifierColumn", STRING),
                                of("scheduleStrategy", STRING), of("scheduleConfig", JSON), of("createdAt", TIMESTAMP))
                        .key("id").build(),
                // A model syncs toward the subscriptions of the destinations reading from its source.
                stream("reverse_etl_syncs", EngageOps.LIST_REVERSE_ETL_SYNC_STATUSES_FROM_MODEL_AND_SUBSCRIPTION_ID)
                        .child(ParentBinding.of("reverse_etl_models").path("id", "modelId", "model_id")
                                .path("destination_subscriptions.id", "subscriptionId", "subscription_id")
                                .joining("destination_subscriptions", "sourceId", "source_id"))
                        .columns(of("syncId", STRING), of("sourceId", STRING), of("syncStatus", STRING),
                                of("startedAt", TIMESTAMP), of("finishedAt", TIMESTAMP))
                        .key("model_id", "subscription_id", "sync_id").build(),
                stream("spaces", EngageOps.LIST_SPACES)
                        .columns(of("id", STRING), of("slug", STRING), of("name", STRING)).key("id").build(),
                stream("space_audiences", EngageOps.LIST_AUDIENCES).child(space)
                        .columns(of("id", STRING), of("name", STRING), of("key", STRING), of("description", STRING),
                                of("enabled", BOOLEAN), of("definition", JSON), of("status", STRING),
                                of("audienceType", STRING), of("size", JSON), of("options", JSON),
                                of("createdAt", TIMESTAMP), of("updatedAt", TIMESTAMP))
                        .key("space_id", "id").build(),
                stream("space_computed_traits", EngageOps.LIST_COMPUTED_TRAITS).child(space)
                        .columns(of("id", STRING), of("name", STRING), of("key", STRING), of("description", STRING),
                                of("enabled", BOOLEAN), of("definition", JSON), of("status", STRING),
                                of("createdAt", TIMESTAMP), of("updatedAt", TIMESTAMP))
                        .key("space_id", "id").build(),
                stream("space_profiles_warehouses", EngageOps.LIST_PROFILES_WAREHOUSE_IN_SPACE).child(space)
                        .columns(of("id", STRING), of("workspaceId", STRING), of("enabled", BOOLEAN), of("metadata", JSON),
                                secret("settings", JSON), of("schemaName", STRING))
                        .key("space_id", "id").build(),
                stream("space_profiles_selective_syncs", EngageOps.LIST_SELECTIVE_SYNCS_FROM_WAREHOUSE_AND_SPACE)
                        .child(ParentBinding.of("space_profiles_warehouses").path("space_id", "spaceId", "space_id")
                                .path("id", "warehouseId", "warehouse_id"))
                        .columns(of("collection", STRING), of("enabled", BOOLEAN), of("properties", JSON))
                        .key("space_id", "warehouse_id", "collection").build(),
                // The space schema: events, traits and entities as Engage has seen them; named, not numbered.
                stream("space_events", EngageOps.LIST_EVENTS).child(space)
                        .columns(of("name", STRING), of("type", STRING), of("lastSeenAt", TIMESTAMP)).key("space_id", "name").build(),
                stream("space_event_properties", EngageOps.LIST_PROPERTIES_FROM_EVENT)
                        .child(ParentBinding.of("space_events").path("space_id", "spaceId", "space_id")
                                .path("name", "eventName", "event_name"))
                        .columns(property).key("space_id", "event_name", "key").build(),
                stream("space_traits", EngageOps.LIST_TRAITS).child(space)
                        .columns(of("key", STRING), of("type", STRING), of("lastSeenAt", TIMESTAMP)).key("space_id", "key").build(),
                stream("space_entity_paths", EngageOps.LIST_ENTITY_PATHS).child(space)
                        .columns(of("path", STRING), of("entity", STRING), of("relationship", STRING))
                        .key("space_id", "path").build(),
                stream("space_entity_properties", EngageOps.LIST_PROPERTIES_FROM_ENTITY)
                        .child(ParentBinding.of("space_entity_paths").path("space_id", "spaceId", "space_id")
                                .path("entity", "entitySlug", "entity_slug"))
                        .columns(property).key("space_id", "entity_slug", "key").build(),
                stream("audience_supported_destinations", EngageOps.LIST_SUPPORTED_DESTINATIONS_FROM_AUDIENCE).child(space)
                        .partitions(Windows.eachPathValue("audienceType", "audience_type", "USERS", "ACCOUNTS"), "audience_type")
                        .columns(of("id", STRING), of("name", STRING), of("enabled", BOOLEAN), of("sourceId", STRING),
                                of("metadata", JSON), secret("settings", JSON))
                        .key("space_id", "audience_type", "id").build(),
                // Per audience
                stream("audience_schedules", EngageOps.LIST_AUDIENCE_SCHEDULES_FROM_SPACE_AND_AUDIENCE)
                        .child(audience.path("id", "id", "audience_id"))
                        .columns(of("id", STRING), of("strategy", STRING), of("config", JSON), of("nextExecution", TIMESTAMP))
                        .key("space_id", "audience_id", "id").build(),
                stream("audience_activations", EngageOps.LIST_ACTIVATIONS_FROM_AUDIENCE)
                        .child(audience.path("id", "audienceId", "audience_id"))
                        .columns(of("id", STRING), of("workspaceId", STRING), of("activationType", STRING),
                                of("activationName", STRING), of("destinationConnectionId", STRING),
                                of("enabled", BOOLEAN), of("personalization", JSON))
                        .key("space_id", "audience_id", "id").build(),
                stream("audience_destination_connections", EngageOps.LIST_DESTINATIONS_FROM_AUDIENCE)
                        .child(audience.path("id", "audienceId", "audience_id"))
                        .columns(of("id", STRING), of("name", STRING), of("enabled", BOOLEAN), of("sourceId", STRING),
                                of("idSyncConfiguration", STRING), of("metadata", JSON), secret("settings", JSON))
                        .key("space_id", "audience_id", "id").build(),
                stream("audience_references", EngageOps.LIST_AUDIENCE_CONSUMERS_FROM_SPACE_AND_AUDIENCE)
                        .child(audience.path("id", "id", "audience_id"))
                        .columns(of("id", STRING), of("name", STRING), of("type", STRING))
                        .key("space_id", "audience_id", "id").build());
    }
}
