package io.segsync.sandbox.ops;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segsync.sandbox.data.Catalog;
import io.segsync.sandbox.data.ConnectionDetails;
import io.segsync.sandbox.data.EngageGenerator;
import io.segsync.sandbox.data.ResourceCollection;
import io.segsync.sandbox.data.ResourceList;
import io.segsync.sandbox.data.Workspace;
import io.segsync.sandbox.data.WorkspaceGenerator;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How many records the child operations serve in all, summed over every parent, from the same
 * functions the routes answer with: for tests that reconcile a sync of every stream. Keys name the
 * collection the way the routes do ({@code destination-filters}: listFiltersFromDestination over every
 * destination). Metrics, which depend on the window asked, are not here.
 */
public final class ChildCounts {
    private ChildCounts() {}

    public static Map<String, Long> of(Workspace w) {
        Map<String, Long> c = new LinkedHashMap<>();
        ResourceCollection sources = w.resources("sources");
        ResourceCollection destinations = w.resources("destinations");
        ResourceCollection warehouses = w.resources("warehouses");
        ConnectionDetails details = w.details();
        EngageGenerator engage = w.engage();

        long connectedDestinations = 0;
        long livePlugins = 0;
        long warehouseSlots = 0;
        for (int p = 0; p < sources.size(); p++) {
            String id = sources.idAt(p);
            connectedDestinations += w.destinationPositionsOf(id).size();
            livePlugins += details.livePlugin(id).isPresent() ? 1 : 0;
            warehouseSlots += ConnectionDetails.warehouseSlot(id, warehouses.size()) >= 0 ? 1 : 0;
        }
        c.put("source-connected-destinations", connectedDestinations);
        c.put("source-connected-warehouses", warehouseSlots);
        c.put("source-schema-settings", (long) sources.size());
        c.put("live-plugins", livePlugins);

        long subscriptions = 0;
        long filters = 0;
        long summaries = 0;
        for (int p = 0; p < destinations.size(); p++) {
            ObjectNode d = destinations.get(p);
            subscriptions += details.subscriptions(d).size();
            filters += details.filters(d).size();
            summaries += w.find("sources", d.path("sourceId").asText()).isPresent() ? 1 : 0;
        }
        c.put("destination-subscriptions", subscriptions);
        c.put("destination-filters", filters);
        c.put("delivery-metrics-summaries", summaries);

        long connectedSources = 0;
        long syncs = 0;
        for (int p = 0; p < warehouses.size(); p++) {
            int n = w.sourcePositionsOfWarehouse(p).size();
            connectedSources += n;
            syncs += n == 0 ? 0 : WarehouseOps.SYNCS_PER_WAREHOUSE;
        }
        c.put("warehouse-connected-sources", connectedSources);
        c.put("warehouse-syncs", syncs);
        c.put("warehouse-connection-states", (long) warehouses.size());
        c.put("warehouse-sync-schedules", (long) warehouses.size());
        c.put("warehouse-source-selective-syncs", connectedSources * 6);
        c.put("warehouse-source-syncs", connectedSources * WarehouseOps.SYNCS_PER_SOURCE);
        c.put("catalog-sources", (long) Catalog.sources().size());
        c.put("catalog-destinations", (long) Catalog.destinations().size());
        c.put("catalog-warehouses", (long) Catalog.warehouses().size());

        ResourceCollection plans = w.resources("tracking-plans");
        long planSources = 0;
        for (int p = 0; p < plans.size(); p++) {
            planSources += w.sourcePositionsOfTrackingPlan(plans.idAt(p)).size();
        }
        c.put("tracking-plan-sources", planSources);

        ResourceCollection functions = w.resources("functions");
        long versions = 0;
        long instances = 0;
        for (int p = 0; p < functions.size(); p++) {
            versions += w.versionsOf(functions.idAt(p)).map(List::size).orElse(0);
            instances += w.insertFunctionInstances(functions.get(p)).size();
        }
        c.put("function-versions", versions);
        c.put("insert-function-instances", instances);

        ResourceCollection users = w.resources("users");
        ResourceCollection groups = w.resources("user-groups");
        long groupsOfUsers = 0;
        for (int p = 0; p < users.size(); p++) {
            groupsOfUsers += w.groupPositionsOfUser(users.idAt(p)).size();
        }
        long groupUsers = 0;
        long groupInvites = 0;
        for (int p = 0; p < groups.size(); p++) {
            groupUsers += w.userPositionsOfGroup(groups.idAt(p)).size();
            groupInvites += w.invitesOfGroup(groups.idAt(p)).size();
        }
        c.put("user-groups-of-users", groupsOfUsers);
        c.put("user-group-users", groupUsers);
        c.put("user-group-invites", groupInvites);

        int credentials = w.resources("credentials").size();
        long consumerWarehouses = 0;
        long consumerSources = 0;
        for (int p = 0; p < warehouses.size(); p++) {
            if (ConnectionDetails.warehouseSlot(warehouses.idAt(p), credentials) >= 0) {
                consumerWarehouses++;
                consumerSources += w.sourcePositionsOfWarehouse(p).size();
            }
        }
        c.put("credential-consumer-warehouses", consumerWarehouses);
        c.put("credential-consumer-sources", consumerSources);

        ResourceCollection regulations = w.resources("regulations");
        Instant cutoff = WorkspaceGenerator.EPOCH.minus(90, ChronoUnit.DAYS);
        long recent = 0;
        long suppressed = 0;
        for (int p = 0; p < regulations.size(); p++) {
            ObjectNode g = regulations.get(p);
            if (w.find("sources", g.path("sourceId").asText()).isPresent()
                    && !Instant.parse(g.path("createdAt").asText()).isBefore(cutoff)) {
                recent++;
            }
            if (g.path("regulationType").asText().startsWith("SUPPRESS")) {
                suppressed += g.path("subjects").size();
            }
        }
        c.put("source-regulations", recent);
        c.put("suppressed-subjects", suppressed);

        ResourceCollection models = w.resources("reverse-etl-models");
        long etlSyncs = 0;
        for (int p = 0; p < models.size(); p++) {
            etlSyncs += (long) ReverseEtlOps.subscriptionsOf(w, models.get(p)).size() * ReverseEtlOps.SYNCS;
        }
        c.put("reverse-etl-syncs", etlSyncs);

        ResourceCollection spaces = w.resources("spaces");
        List<String> someDestinationIds = new ArrayList<>();
        for (ObjectNode d : EngageOps.someDestinations(w)) {
            someDestinationIds.add(d.path("id").asText());
        }
        long schedules = 0;
        long activations = 0;
        long connections = 0;
        long references = 0;
        long events = 0;
        long profilesWarehouses = 0;
        for (int p = 0; p < spaces.size(); p++) {
            String spaceId = spaces.idAt(p);
            ResourceList audiences = engage.audiences(spaceId);
            for (int k = 0; k < audiences.size(); k++) {
                String audienceId = audiences.get(k).path("id").asText();
                schedules += engage.schedules(spaceId, audienceId).size();
                activations += engage.activations(spaceId, audienceId, someDestinationIds).size();
                connections += engage.destinationConnections(audienceId, EngageOps.someDestinations(w)).size();
                for (int o = 0; o < audiences.size(); o++) {
                    String other = audiences.get(o).path("id").asText();
                    if (!other.equals(audienceId) && Math.floorMod((other + audienceId).hashCode(), 3) == 0) {
                        references++;
                    }
                }
            }
            events += engage.schemaEvents(spaceId).size();
            profilesWarehouses += Math.min(2, warehouses.size());
        }
        long nSpaces = spaces.size();
        c.put("audience-schedules", schedules);
        c.put("audience-activations", activations);
        c.put("audience-destination-connections", connections);
        c.put("audience-references", references);
        c.put("audience-supported-destinations", nSpaces * 2 * Math.min(5, destinations.size()));
        c.put("space-events", events);
        c.put("space-event-properties", events * engage.properties("").size());
        c.put("space-traits", nSpaces * engage.traits("").size());
        c.put("space-entity-paths", nSpaces * EngageGenerator.ENTITIES.length);
        c.put("space-entity-properties", nSpaces * EngageGenerator.ENTITIES.length * engage.properties("").size());
        c.put("space-profiles-warehouses", profilesWarehouses);
        c.put("space-profiles-selective-syncs", profilesWarehouses * 6);
        return c;
    }
}
