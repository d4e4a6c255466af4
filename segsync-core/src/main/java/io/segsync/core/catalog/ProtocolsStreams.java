package io.segsync.core.catalog;

import static io.segsync.core.catalog.Column.of;
import static io.segsync.core.catalog.Column.secret;
import static io.segsync.core.catalog.ColumnType.BOOLEAN;
import static io.segsync.core.catalog.ColumnType.DOUBLE;
import static io.segsync.core.catalog.ColumnType.JSON;
import static io.segsync.core.catalog.ColumnType.STRING;
import static io.segsync.core.catalog.ColumnType.TIMESTAMP;
import static io.segsync.core.catalog.ParentBinding.byId;
import static io.segsync.core.catalog.StreamDefinition.stream;

import io.segsync.api.ops.ProtocolsOps;
import java.util.List;

/** Protocols (tracking plans, rules, transformations) and functions. */
final class ProtocolsStreams {
    private ProtocolsStreams() {}

    static List<StreamDefinition> all() {
        return List.of(
                stream("tracking_plans", ProtocolsOps.LIST_TRACKING_PLANS)
                        .columns(of("id", STRING), of("name", STRING), of("slug", STRING), of("description", STRING),
                                of("type", STRING), of("createdAt", TIMESTAMP), of("updatedAt", TIMESTAMP))
                        .key("id").build(),
                // A rule has no id: (plan, type, key) names it; a rule without key has key ''.
                stream("tracking_plan_rules", ProtocolsOps.LIST_RULES_FROM_TRACKING_PLAN)
                        .child(byId("tracking_plans", "trackingPlanId", "tracking_plan_id"))
                        .columns(of("type", STRING), of("key", STRING), of("version", DOUBLE), of("jsonSchema", JSON),
                                of("createdAt", TIMESTAMP), of("updatedAt", TIMESTAMP), of("deprecatedAt", TIMESTAMP))
                        .key("tracking_plan_id", "type", "key").build(),
                stream("tracking_plan_sources", ProtocolsOps.LIST_SOURCES_FROM_TRACKING_PLAN)
                        .child(byId("tracking_plans", "trackingPlanId", "tracking_plan_id"))
                        .columns(ConnectionStreams.sourceColumns()).key("tracking_plan_id", "id").build(),
                stream("transformations", ProtocolsOps.LIST_TRANSFORMATIONS)
                        .columns(of("id", STRING), of("name", STRING), of("sourceId", STRING),
                                of("destinationMetadataId", STRING), of("enabled", BOOLEAN), of("if", STRING),
                                of("drop", BOOLEAN), of("newEventName", STRING), of("propertyRenames", JSON),
                                of("propertyValueTransformations", JSON), of("fqlDefinedProperties", JSON))
                        .key("id").build(),
                // listFunctions needs a resourceType: one call per type, all in one table.
                stream("functions", ProtocolsOps.LIST_FUNCTIONS)
                        .partitions(Windows.eachQueryValue("resourceType", "DESTINATION", "INSERT_DESTINATION", "INSERT_SOURCE", "SOURCE"))
                        .columns(of("id", STRING), of("resourceType", STRING), of("displayName", STRING),
                                of("description", STRING), of("code", STRING), of("createdAt", TIMESTAMP),
                                of("createdBy", STRING), secret("settings", JSON), of("buildpack", STRING),
                                of("catalogId", STRING))
                        .key("id").build(),
                stream("function_versions", ProtocolsOps.LIST_FUNCTION_VERSIONS)
                        .child(byId("functions", "functionId", "function_id"))
                        .columns(of("id", STRING), of("isLatest", BOOLEAN), of("code", STRING), of("createdAt", TIMESTAMP))
                        .key("function_id", "id").build(),
                stream("insert_function_instances", ProtocolsOps.LIST_INSERT_FUNCTION_INSTANCES)
                        .child(ParentBinding.of("functions").query("id", "functionId", "function_id"))
                        .columns(of("id", STRING), of("name", STRING), of("integrationId", STRING), of("classId", STRING),
                                of("enabled", BOOLEAN), secret("settings", JSON), of("createdAt", TIMESTAMP),
                                of("updatedAt", TIMESTAMP))
                        .key("function_id", "id").build());
    }
}
