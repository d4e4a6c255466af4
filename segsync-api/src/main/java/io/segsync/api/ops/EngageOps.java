package io.segsync.api.ops;

import static io.segsync.api.ops.Area.*;
import static io.segsync.api.ops.Operation.define;

/**
 * GET operations of the Segment Public API (73.2.0): Reverse ETL and Engage (spaces, audiences, activations, computed traits, space filters and schema, profiles sync). All need features of their own.
 * One line per operation, as NOTES.md §2 lists it; {@code OperationsNotesTest} keeps them in step.
 */
public final class EngageOps {
    // Reverse ETL
    public static final Operation GET_REVERSE_ETL_SYNC_STATUS = define(REVERSE_ETL, "getReverseETLSyncStatus", "/reverse-etl-models/{modelId}/syncs/{syncId}")
            .alpha()
            .perMinute(250)
            .single("reverseETLSyncStatus");
    public static final Operation GET_REVERSE_ETL_MODEL = define(REVERSE_ETL, "getReverseEtlModel", "/reverse-etl-models/{modelId}")
            .alpha()
            .single("reverseEtlModel");
    public static final Operation LIST_REVERSE_ETL_SYNC_STATUSES_FROM_MODEL_AND_SUBSCRIPTION_ID = define(REVERSE_ETL, "listReverseETLSyncStatusesFromModelAndSubscriptionId", "/reverse-etl-models/{modelId}/subscriptionId/{subscriptionId}/syncs")
            .alpha()
            .list("syncStatuses", PaginationStyle.TOP_LEVEL_COUNT_CURSOR);
    public static final Operation LIST_REVERSE_ETL_MODELS = define(REVERSE_ETL, "listReverseEtlModels", "/reverse-etl-models")
            .alpha()
            .list("models");

    // Engage: spaces
    public static final Operation GET_SPACE = define(SPACES, "getSpace", "/spaces/{spaceId}").alpha().single("space");
    public static final Operation LIST_SPACES = define(SPACES, "listSpaces", "/spaces").alpha().list("spaces");

    // Engage: audiences
    public static final Operation GET_AUDIENCE = define(AUDIENCES, "getAudience", "/spaces/{spaceId}/audiences/{id}")
            .perMinute(100)
            .single("audience");
    public static final Operation GET_AUDIENCE_PREVIEW = define(AUDIENCES, "getAudiencePreview", "/spaces/{spaceId}/audiences/previews/{id}")
            .perMinute(300)
            .single("audiencePreview");
    public static final Operation GET_AUDIENCE_SCHEDULE_FROM_SPACE_AND_AUDIENCE = define(AUDIENCES, "getAudienceScheduleFromSpaceAndAudience", "/spaces/{spaceId}/audiences/{id}/schedules/{scheduleId}")
            .single("audienceSchedule");
    public static final Operation LIST_AUDIENCE_CONSUMERS_FROM_SPACE_AND_AUDIENCE = define(AUDIENCES, "listAudienceConsumersFromSpaceAndAudience", "/spaces/{spaceId}/audiences/{id}/audience-references")
            .alpha()
            .perMinute(25)
            .list("audiences");
    public static final Operation LIST_AUDIENCE_SCHEDULES_FROM_SPACE_AND_AUDIENCE = define(AUDIENCES, "listAudienceSchedulesFromSpaceAndAudience", "/spaces/{spaceId}/audiences/{id}/schedules")
            .unpagedList("audienceSchedules");
    public static final Operation LIST_AUDIENCES = define(AUDIENCES, "listAudiences", "/spaces/{spaceId}/audiences")
            .perMinute(60)
            .list("audiences", PaginationStyle.AUDIENCES);

    // Engage: activations
    public static final Operation GET_ACTIVATION_FROM_AUDIENCE = define(ACTIVATIONS, "getActivationFromAudience", "/spaces/{spaceId}/audiences/{audienceId}/activations/{id}")
            .alpha()
            .perMinute(60)
            .single("activation");
    public static final Operation LIST_ACTIVATIONS_FROM_AUDIENCE = define(ACTIVATIONS, "listActivationsFromAudience", "/spaces/{spaceId}/audiences/{audienceId}/activations")
            .alpha()
            .perMinute(60)
            .list("activations");
    public static final Operation LIST_DESTINATIONS_FROM_AUDIENCE = define(ACTIVATIONS, "listDestinationsFromAudience", "/spaces/{spaceId}/audiences/{audienceId}/destination-connections")
            .alpha()
            .perMinute(50)
            .list("connections");
    public static final Operation LIST_SUPPORTED_DESTINATIONS_FROM_AUDIENCE = define(ACTIVATIONS, "listSupportedDestinationsFromAudience", "/spaces/{spaceId}/audienceType/{audienceType}/supported-destinations")
            .alpha()
            .perMinute(60)
            .list("destinations");

    // Engage: computed traits
    public static final Operation GET_COMPUTED_TRAIT = define(COMPUTED_TRAITS, "getComputedTrait", "/spaces/{spaceId}/computed-traits/{id}")
            .alpha()
            .perMinute(100)
            .single("computedTrait");
    public static final Operation LIST_COMPUTED_TRAITS = define(COMPUTED_TRAITS, "listComputedTraits", "/spaces/{spaceId}/computed-traits")
            .alpha()
            .perMinute(25)
            .list("computedTraits");

    // Engage: space filters
    public static final Operation GET_FILTER_BY_ID = define(SPACE_FILTERS, "getFilterById", "/filters/{id}")
            .beta()
            .single("filter");
    public static final Operation LIST_FILTERS_FOR_SPACE = define(SPACE_FILTERS, "listFiltersForSpace", "/filters")
            .beta()
            .requires("integrationId")
            .list("filters", PaginationStyle.OFFSET);

    // Engage: space schema
    public static final Operation LIST_ENTITY_PATHS = define(SPACE_SCHEMA, "listEntityPaths", "/spaces/{spaceId}/entity-paths")
            .alpha()
            .perMinute(25)
            .list("entityPaths");
    public static final Operation LIST_EVENTS = define(SPACE_SCHEMA, "listEvents", "/spaces/{spaceId}/events")
            .alpha()
            .perMinute(25)
            .list("events");
    public static final Operation LIST_PROPERTIES_FROM_ENTITY = define(SPACE_SCHEMA, "listPropertiesFromEntity", "/spaces/{spaceId}/entities/{entitySlug}/properties")
            .alpha()
            .perMinute(25)
            .list("entityProperties", PaginationStyle.FORWARD_ONLY);
    public static final Operation LIST_PROPERTIES_FROM_EVENT = define(SPACE_SCHEMA, "listPropertiesFromEvent", "/spaces/{spaceId}/events/{eventName}/properties")
            .alpha()
            .perMinute(25)
            .list("eventProperties");
    public static final Operation LIST_SAMPLE_VALUES_FROM_ENTITY_PROPERTY = define(SPACE_SCHEMA, "listSampleValuesFromEntityProperty", "/spaces/{spaceId}/entities/{entitySlug}/properties/{propertyName}/sample-values")
            .alpha()
            .perMinute(25)
            .unpagedList("sampleValues");
    public static final Operation LIST_SAMPLE_VALUES_FROM_EVENT_PROPERTY = define(SPACE_SCHEMA, "listSampleValuesFromEventProperty", "/spaces/{spaceId}/events/{eventName}/properties/{propertyName}/sample-values")
            .alpha()
            .requires("propertyType")
            .perMinute(25)
            .unpagedList("sampleValues");
    public static final Operation LIST_SAMPLE_VALUES_FROM_TRAIT = define(SPACE_SCHEMA, "listSampleValuesFromTrait", "/spaces/{spaceId}/traits/{traitKey}/sample-values")
            .alpha()
            .perMinute(25)
            .unpagedList("sampleValues");
    public static final Operation LIST_TRAITS = define(SPACE_SCHEMA, "listTraits", "/spaces/{spaceId}/traits")
            .alpha()
            .perMinute(25)
            .list("traits", PaginationStyle.FORWARD_ONLY);

    // Engage: profiles sync
    public static final Operation LIST_PROFILES_WAREHOUSE_IN_SPACE = define(PROFILES_SYNC, "listProfilesWarehouseInSpace", "/spaces/{spaceId}/profiles-warehouses")
            .alpha()
            .list("profilesWarehouses");
    public static final Operation LIST_SELECTIVE_SYNCS_FROM_WAREHOUSE_AND_SPACE = define(PROFILES_SYNC, "listSelectiveSyncsFromWarehouseAndSpace", "/spaces/{spaceId}/profiles-warehouses/{warehouseId}/selective-syncs")
            .alpha()
            .list("items");


    /** Every operation of this area, for the registry; OperationsNotesTest fails if one is missing. */
    static final java.util.List<Operation> ALL = java.util.List.of(
            GET_REVERSE_ETL_SYNC_STATUS,
            GET_REVERSE_ETL_MODEL,
            LIST_REVERSE_ETL_SYNC_STATUSES_FROM_MODEL_AND_SUBSCRIPTION_ID,
            LIST_REVERSE_ETL_MODELS,
            GET_SPACE,
            LIST_SPACES,
            GET_AUDIENCE,
            GET_AUDIENCE_PREVIEW,
            GET_AUDIENCE_SCHEDULE_FROM_SPACE_AND_AUDIENCE,
            LIST_AUDIENCE_CONSUMERS_FROM_SPACE_AND_AUDIENCE,
            LIST_AUDIENCE_SCHEDULES_FROM_SPACE_AND_AUDIENCE,
            LIST_AUDIENCES,
            GET_ACTIVATION_FROM_AUDIENCE,
            LIST_ACTIVATIONS_FROM_AUDIENCE,
            LIST_DESTINATIONS_FROM_AUDIENCE,
            LIST_SUPPORTED_DESTINATIONS_FROM_AUDIENCE,
            GET_COMPUTED_TRAIT,
            LIST_COMPUTED_TRAITS,
            GET_FILTER_BY_ID,
            LIST_FILTERS_FOR_SPACE,
            LIST_ENTITY_PATHS,
            LIST_EVENTS,
            LIST_PROPERTIES_FROM_ENTITY,
            LIST_PROPERTIES_FROM_EVENT,
            LIST_SAMPLE_VALUES_FROM_ENTITY_PROPERTY,
            LIST_SAMPLE_VALUES_FROM_EVENT_PROPERTY,
            LIST_SAMPLE_VALUES_FROM_TRAIT,
            LIST_TRAITS,
            LIST_PROFILES_WAREHOUSE_IN_SPACE,
            LIST_SELECTIVE_SYNCS_FROM_WAREHOUSE_AND_SPACE);

    private EngageOps() {}
}
