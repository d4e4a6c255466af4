package io.segsync.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One real request per GET operation of NOTES §2, with ids discovered from the sandbox's own answers
 * (parents first), so every request names resources that exist.
 */
final class SampleRequests {
    private SampleRequests() {}

    static Map<String, String> discover(URI base, String token) {
        Map<String, String> r = new LinkedHashMap<>();
        String source = first(base, token, "/sources", "sources", "id");
        String destination = null;
        for (JsonNode s : get(base, token, "/sources?pagination.count=1000").path("sources")) {
            JsonNode ds = get(base, token, "/sources/" + s.path("id").asText() + "/connected-destinations").path("destinations");
            if (ds.size() > 0) {
                source = s.path("id").asText();
                destination = ds.get(0).path("id").asText();
                break;
            }
        }
        String warehouse = first(base, token, "/warehouses", "warehouses", "id");
        String whSource = first(base, token, "/warehouses/" + warehouse + "/connected-sources", "sources", "id");
        String plan = first(base, token, "/tracking-plans", "trackingPlans", "id");
        String transformation = first(base, token, "/transformations", "transformations", "id");
        String user = first(base, token, "/users", "users", "id");
        String group = first(base, token, "/groups", "userGroups", "id");
        String credential = first(base, token, "/credentials", "credentials", "id");
        String regulation = first(base, token, "/regulations", "regulations", "id");
        String space = first(base, token, "/spaces", "spaces", "id");
        String audience = first(base, token, "/spaces/" + space + "/audiences", "audiences", "id");
        String trait = first(base, token, "/spaces/" + space + "/computed-traits", "computedTraits", "id");
        String model = first(base, token, "/reverse-etl-models", "models", "id");
        String function = first(base, token, "/functions?resourceType=SOURCE", "functions", "id");
        String insertFunction = first(base, token, "/functions?resourceType=INSERT_DESTINATION", "functions", "id");
        String sourceMeta = first(base, token, "/catalog/sources", "sourcesCatalog", "id");
        String destMeta = first(base, token, "/catalog/destinations", "destinationsCatalog", "id");
        String whMeta = first(base, token, "/catalog/warehouses", "warehousesCatalog", "id");

        Instant now = Instant.now().truncatedTo(ChronoUnit.HOURS);
        String window = "granularity=HOUR&startTime=" + now.minus(1, ChronoUnit.DAYS) + "&endTime=" + now;
        String period = LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1).toString();

        r.put("getWorkspace", "/");
        r.put("listSources", "/sources?pagination.count=5");
        r.put("getSource", "/sources/" + source);
        r.put("listConnectedDestinationsFromSource", "/sources/" + source + "/connected-destinations");
        r.put("listConnectedWarehousesFromSource", "/sources/" + whSource + "/connected-warehouses");
        r.put("listSchemaSettingsInSource", "/sources/" + source + "/settings");
        String livePluginSource = null;
        for (JsonNode s : get(base, token, "/sources?pagination.count=1000").path("sources")) {
            if (Http.get(base, "/sources/" + s.path("id").asText() + "/live-plugins/latest", token).status() == 200) {
                livePluginSource = s.path("id").asText();
                break;
            }
        }
        r.put("getLatestFromLivePlugins", "/sources/" + livePluginSource + "/live-plugins/latest");
        r.put("listDestinations", "/destinations?pagination[count]=3");
        r.put("getDestination", "/destinations/" + destination);
        String subscriptionDestination = null;
        String subscription = null;
        String filterDestination = null;
        String filter = null;
        for (JsonNode d : get(base, token, "/destinations?pagination.count=1000").path("destinations")) {
            String id = d.path("id").asText();
            if (subscription == null) {
                JsonNode subs = get(base, token, "/destinations/" + id + "/subscriptions").path("subscriptions");
                if (subs.size() > 0) {
                    subscriptionDestination = id;
                    subscription = subs.get(0).path("id").asText();
                }
            }
            if (filter == null) {
                JsonNode fs = get(base, token, "/destination/" + id + "/filters").path("filters");
                if (fs.size() > 0) {
                    filterDestination = id;
                    filter = fs.get(0).path("id").asText();
                }
            }
        }
        r.put("listSubscriptionsFromDestination", "/destinations/" + subscriptionDestination + "/subscriptions");
        r.put("getSubscriptionFromDestination", "/destinations/" + subscriptionDestination + "/subscriptions/" + subscription);
        r.put("listDeliveryMetricsSummaryFromDestination", "/destinations/" + destination + "/delivery-metrics?sourceId=" + source);
        r.put("listFiltersFromDestination", "/destination/" + filterDestination + "/filters");
        r.put("getFilterInDestination", "/destination/" + filterDestination + "/filters/" + filter);
        r.put("listWarehouses", "/warehouses");
        r.put("getWarehouse", "/warehouses/" + warehouse);
        r.put("getConnectionStateFromWarehouse", "/warehouses/" + warehouse + "/connection-state");
        r.put("listConnectedSourcesFromWarehouse", "/warehouses/" + warehouse + "/connected-sources");
        r.put("getAdvancedSyncScheduleFromWarehouse", "/warehouses/" + warehouse + "/advanced-sync-schedule");
        r.put("listSelectiveSyncsFromWarehouseAndSource", "/warehouses/" + warehouse + "/connected-sources/" + whSource + "/selective-syncs");
        r.put("listSyncsFromWarehouse", "/warehouses/" + warehouse + "/syncs");
        r.put("listSyncsFromWarehouseAndSource", "/warehouses/" + warehouse + "/connected-sources/" + whSource + "/syncs");
        r.put("getSourcesCatalog", "/catalog/sources");
        r.put("getSourceMetadata", "/catalog/sources/" + sourceMeta);
        r.put("getDestinationsCatalog", "/catalog/destinations");
        r.put("getDestinationMetadata", "/catalog/destinations/" + destMeta);
        r.put("getWarehousesCatalog", "/catalog/warehouses");
        r.put("getWarehouseMetadata", "/catalog/warehouses/" + whMeta);
        r.put("listTrackingPlans", "/tracking-plans");
        r.put("getTrackingPlan", "/tracking-plans/" + plan);
        r.put("listRulesFromTrackingPlan", "/tracking-plans/" + plan + "/rules");
        r.put("listSourcesFromTrackingPlan", "/tracking-plans/" + plan + "/sources");
        r.put("listTransformations", "/transformations");
        r.put("getTransformation", "/transformations/" + transformation);
        r.put("listFunctions", "/functions?resourceType=SOURCE");
        r.put("getFunction", "/functions/" + function);
        r.put("listFunctionVersions", "/functions/" + function + "/versions");
        String version = first(base, token, "/functions/" + function + "/versions", "versions", "id");
        r.put("getFunctionVersion", "/functions/" + function + "/versions/" + version);
        r.put("listInsertFunctionInstances", "/insert-function-instances?functionId=" + insertFunction);
        String instance = first(base, token, "/insert-function-instances?functionId=" + insertFunction, "instances", "id");
        r.put("getInsertFunctionInstance", "/insert-function-instances/" + instance);
        r.put("listUsers", "/users");
        r.put("getUser", "/users/" + user);
        r.put("listInvites", "/invites");
        r.put("listUserGroupsFromUser", "/users/" + user + "/groups");
        r.put("listRoles", "/roles");
        r.put("listUserGroups", "/groups");
        r.put("getUserGroup", "/groups/" + group);
        r.put("listUsersFromUserGroup", "/groups/" + group + "/users");
        r.put("listInvitesFromUserGroup", "/groups/" + group + "/invites");
        r.put("listLabels", "/labels");
        r.put("listAuditEvents", "/audit-events?pagination.count=50");
        r.put("listCredentials", "/credentials");
        r.put("getCredential", "/credentials/" + credential);
        r.put("listCredentialConsumers", "/credentials/" + credential + "/consumers");
        r.put("getDailyWorkspaceAPICallsUsage", "/usage/api-calls/daily?period=" + period);
        r.put("getDailyPerSourceAPICallsUsage", "/usage/api-calls/sources/daily?period=" + period);
        r.put("getDailyWorkspaceMTUUsage", "/usage/mtu/daily?period=" + period);
        r.put("getDailyPerSourceMTUUsage", "/usage/mtu/sources/daily?period=" + period);
        r.put("getEventsVolumeFromWorkspace", "/events/volume?" + window);
        String egress = "sourceId=" + source + "&destinationConfigId=" + destination + "&" + window;
        String ingress = "sourceId=" + source + "&" + window;
        r.put("getEgressFailedMetricsFromDeliveryOverview", "/delivery-overview/failed-delivery?" + egress);
        r.put("getEgressSuccessMetricsFromDeliveryOverview", "/delivery-overview/successful-delivery?" + egress);
        r.put("getFilteredAtDestinationMetricsFromDeliveryOverview", "/delivery-overview/filtered-at-destination?" + egress);
        r.put("getFilteredAtSourceMetricsFromDeliveryOverview", "/delivery-overview/filtered-at-source?" + ingress);
        r.put("getIngressFailedMetricsFromDeliveryOverview", "/delivery-overview/failed-on-ingest?" + ingress);
        r.put("getIngressSuccessMetricsFromDeliveryOverview", "/delivery-overview/successfully-received?" + ingress);
        r.put("getRegulation", "/regulations/" + regulation);
        r.put("listRegulationsFromSource", "/regulations/sources/" + source);
        r.put("listSuppressions", "/suppressions");
        r.put("listWorkspaceRegulations", "/regulations");
        r.put("listReverseEtlModels", "/reverse-etl-models");
        r.put("getReverseEtlModel", "/reverse-etl-models/" + model);
        String syncModel = null;
        String syncSubscription = null;
        for (JsonNode m : get(base, token, "/reverse-etl-models").path("models")) {
            String modelSource = m.path("sourceId").asText();
            for (JsonNode d : get(base, token, "/sources/" + modelSource + "/connected-destinations").path("destinations")) {
                JsonNode subs = get(base, token, "/destinations/" + d.path("id").asText() + "/subscriptions").path("subscriptions");
                if (subs.size() > 0 && syncModel == null) {
                    syncModel = m.path("id").asText();
                    syncSubscription = subs.get(0).path("id").asText();
                }
            }
        }
        String syncs = "/reverse-etl-models/" + syncModel + "/subscriptionId/" + syncSubscription + "/syncs";
        r.put("listReverseETLSyncStatusesFromModelAndSubscriptionId", syncs + "?count=5");
        String syncId = get(base, token, syncs).path("syncStatuses").get(0).path("syncId").asText();
        r.put("getReverseETLSyncStatus", "/reverse-etl-models/" + syncModel + "/syncs/" + syncId);
        r.put("listSpaces", "/spaces");
        r.put("getSpace", "/spaces/" + space);
        String sp = "/spaces/" + space;
        r.put("listAudiences", sp + "/audiences");
        r.put("getAudience", sp + "/audiences/" + audience);
        r.put("getAudiencePreview", sp + "/audiences/previews/prv_" + audience.substring(4));
        r.put("listAudienceSchedulesFromSpaceAndAudience", sp + "/audiences/" + audience + "/schedules");
        String scheduleAudience = null;
        String schedule = null;
        String activationAudience = null;
        for (JsonNode a : get(base, token, sp + "/audiences").path("audiences")) {
            String id = a.path("id").asText();
            JsonNode schedules = get(base, token, sp + "/audiences/" + id + "/schedules").path("audienceSchedules");
            if (schedule == null && schedules.size() > 0) {
                scheduleAudience = id;
                schedule = schedules.get(0).path("id").asText();
            }
            if (activationAudience == null && get(base, token, sp + "/audiences/" + id + "/activations").path("activations").size() > 0) {
                activationAudience = id;
            }
        }
        r.put("getAudienceScheduleFromSpaceAndAudience", sp + "/audiences/" + scheduleAudience + "/schedules/" + schedule);
        r.put("listAudienceConsumersFromSpaceAndAudience", sp + "/audiences/" + audience + "/audience-references");
        r.put("listActivationsFromAudience", sp + "/audiences/" + activationAudience + "/activations");
        String activation = first(base, token, sp + "/audiences/" + activationAudience + "/activations", "activations", "id");
        r.put("getActivationFromAudience", sp + "/audiences/" + activationAudience + "/activations/" + activation);
        r.put("listDestinationsFromAudience", sp + "/audiences/" + audience + "/destination-connections");
        r.put("listSupportedDestinationsFromAudience", sp + "/audienceType/USERS/supported-destinations");
        r.put("listComputedTraits", sp + "/computed-traits");
        r.put("getComputedTrait", sp + "/computed-traits/" + trait);
        r.put("getFilterById", "/filters/" + enc(first(base, token, "/filters?integrationId=" + source, "filters", "id")));
        r.put("listFiltersForSpace", "/filters?integrationId=" + source);
        r.put("listEntityPaths", sp + "/entity-paths");
        r.put("listEvents", sp + "/events");
        r.put("listPropertiesFromEntity", sp + "/entities/accounts/properties");
        r.put("listPropertiesFromEvent", sp + "/events/" + enc("Order Completed") + "/properties");
        r.put("listSampleValuesFromEntityProperty", sp + "/entities/accounts/properties/name/sample-values");
        r.put("listSampleValuesFromEventProperty", sp + "/events/" + enc("Order Completed") + "/properties/revenue/sample-values?propertyType=NUMBER");
        r.put("listSampleValuesFromTrait", sp + "/traits/email/sample-values");
        r.put("listTraits", sp + "/traits");
        r.put("listProfilesWarehouseInSpace", sp + "/profiles-warehouses");
        String profilesWarehouse = first(base, token, sp + "/profiles-warehouses", "profilesWarehouses", "id");
        r.put("listSelectiveSyncsFromWarehouseAndSpace", sp + "/profiles-warehouses/" + profilesWarehouse + "/selective-syncs");
        r.put("echo", "/echo?message=hello");
        return r;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static JsonNode get(URI base, String token, String path) {
        return Http.get(base, path, token).json().path("data");
    }

    private static String first(URI base, String token, String path, String key, String field) {
        JsonNode list = get(base, token, path).path(key);
        if (list.size() == 0) {
            throw new IllegalStateException("no " + key + " at " + path);
        }
        return list.get(0).path(field).asText();
    }
}
