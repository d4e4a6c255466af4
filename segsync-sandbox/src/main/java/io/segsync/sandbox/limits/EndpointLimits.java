package io.segsync.sandbox.limits;

import java.util.Map;
import java.util.OptionalInt;

/** The per-endpoint limits stated in the GET operations' descriptions (NOTES §2 RL column, §5), per minute. */
public final class EndpointLimits {
    private static final Map<String, Integer> PER_MINUTE = Map.ofEntries(
            Map.entry("getConnectionStateFromWarehouse", 200),
            Map.entry("getAdvancedSyncScheduleFromWarehouse", 2),
            Map.entry("listSelectiveSyncsFromWarehouseAndSource", 2),
            Map.entry("listSyncsFromWarehouse", 2),
            Map.entry("listSyncsFromWarehouseAndSource", 2),
            Map.entry("listRulesFromTrackingPlan", 200),
            Map.entry("getEventsVolumeFromWorkspace", 60),
            Map.entry("getReverseETLSyncStatus", 250),
            Map.entry("getAudience", 100),
            Map.entry("getAudiencePreview", 300),
            Map.entry("listAudienceConsumersFromSpaceAndAudience", 25),
            Map.entry("listAudiences", 60),
            Map.entry("getActivationFromAudience", 60),
            Map.entry("listActivationsFromAudience", 60),
            Map.entry("listDestinationsFromAudience", 50),
            Map.entry("listSupportedDestinationsFromAudience", 60),
            Map.entry("getComputedTrait", 100),
            Map.entry("listComputedTraits", 25),
            Map.entry("listEntityPaths", 25),
            Map.entry("listEvents", 25),
            Map.entry("listPropertiesFromEntity", 25),
            Map.entry("listPropertiesFromEvent", 25),
            Map.entry("listSampleValuesFromEntityProperty", 25),
            Map.entry("listSampleValuesFromEventProperty", 25),
            Map.entry("listSampleValuesFromTrait", 25),
            Map.entry("listTraits", 25));

    private EndpointLimits() {}

    public static OptionalInt perMinute(String operationId) {
        Integer limit = PER_MINUTE.get(operationId);
        return limit == null ? OptionalInt.empty() : OptionalInt.of(limit);
    }
}
