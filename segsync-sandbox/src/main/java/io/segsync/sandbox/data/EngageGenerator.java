package io.segsync.sandbox.data;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Engage: spaces, audiences, computed traits and what hangs off them (schedules, activations,
 * destination connections, references), the space schema, space filters and profiles warehouses.
 * Children are derived from the parent's id and index, never stored.
 */
public final class EngageGenerator extends Gen {
    public static final String[] TRAITS = {"email", "first_name", "plan", "lifetime_value", "last_order_at", "country"};
    public static final String[] ENTITIES = {"accounts", "products", "stores"};
    private static final String[] AUDIENCE_NAMES = {"High value", "Churn risk", "New signups", "Cart abandoners", "Power users"};

    EngageGenerator(long seed, WorkspaceSize size, String workspaceId) {
        super(seed, size, workspaceId);
    }

    ObjectNode space(int i) {
        ObjectNode s = obj();
        s.put("id", "spa_" + id("space", i));
        s.put("slug", ENVIRONMENTS[i % ENVIRONMENTS.length] + "-space-" + i);
        s.put("name", capitalize(ENVIRONMENTS[i % ENVIRONMENTS.length]) + " space " + i);
        return s;
    }

    public ResourceList audiences(String spaceId) {
        return ResourceList.lazy(size.audiencesPerSpace(), k -> audience(spaceId, k));
    }

    public String audienceId(String spaceId, int k) {
        return "aud_" + id("audience-" + spaceId, k);
    }

    ObjectNode audience(String spaceId, int k) {
        SplittableRandom r = rnd("audience-" + spaceId, k);
        ObjectNode a = obj();
        a.put("id", audienceId(spaceId, k));
        a.put("spaceId", spaceId);
        String name = AUDIENCE_NAMES[k % AUDIENCE_NAMES.length] + " " + k;
        a.put("name", name);
        a.put("key", name.toLowerCase().replace(' ', '_'));
        a.put("description", "Profiles that are " + name.toLowerCase() + ".");
        a.put("enabled", r.nextInt(5) != 0);
        ObjectNode definition = a.putObject("definition");
        definition.put("query", "event('Order Completed').count() >= " + (1 + r.nextInt(5)));
        definition.put("type", "USERS");
        a.put("status", r.nextInt(6) == 0 ? "Computing" : "Live");
        a.put("createdBy", id("user", r.nextInt(Math.max(1, size.users()))));
        a.put("updatedBy", id("user", r.nextInt(Math.max(1, size.users()))));
        Instant created = past(r, 30, 300);
        a.put("createdAt", iso(created));
        a.put("updatedAt", iso(created.plusSeconds(r.nextInt(20 * 86_400))));
        a.putObject("size").put("type", "USERS").put("count", r.nextInt(250_000));
        a.putObject("options").put("includeHistoricalData", r.nextBoolean()).put("includeAnonymousUsers", r.nextBoolean());
        a.put("audienceType", "USERS");
        return a;
    }

    public List<ObjectNode> schedules(String spaceId, String audienceId) {
        SplittableRandom r = rnd("audience-schedule", audienceId.hashCode());
        List<ObjectNode> out = new ArrayList<>();
        for (int k = 0, n = r.nextInt(3); k < n; k++) {
            ObjectNode s = obj();
            s.put("id", "sch_" + id("audience-schedule-" + audienceId, k));
            s.put("strategy", k == 0 ? "PERIODIC" : "SPECIFIC_DAYS");
            ObjectNode config = s.putObject("config");
            if (k == 0) {
                config.put("interval", (6 * (1 + r.nextInt(4))) + "h");
            } else {
                config.putArray("days").add(1).add(4);
                config.putArray("hours").add(9);
                config.put("timezone", "UTC");
            }
            s.put("nextExecution", iso(WorkspaceGenerator.EPOCH.plusSeconds(3600L * (1 + k))));
            out.add(s);
        }
        return out;
    }

    public List<ObjectNode> activations(String spaceId, String audienceId, List<String> destinationIds) {
        SplittableRandom r = rnd("activation", audienceId.hashCode());
        List<ObjectNode> out = new ArrayList<>();
        for (int k = 0, n = destinationIds.isEmpty() ? 0 : r.nextInt(3); k < n; k++) {
            ObjectNode a = obj();
            a.put("id", "act_" + id("activation-" + audienceId, k));
            a.put("workspaceId", workspaceId);
            a.put("spaceId", spaceId);
            a.put("audienceId", audienceId);
            a.put("activationType", k == 0 ? "Audience Entered" : "Audience Membership Changed");
            a.put("activationName", "Sync to destination " + k);
            a.put("destinationConnectionId", destinationIds.get(r.nextInt(destinationIds.size())));
            a.put("enabled", r.nextBoolean());
            a.putObject("personalization").put("traits", "email");
            out.add(a);
        }
        return out;
    }

    public List<ObjectNode> destinationConnections(String audienceId, List<ObjectNode> destinations) {
        SplittableRandom r = rnd("audience-connections", audienceId.hashCode());
        List<ObjectNode> out = new ArrayList<>();
        int first = destinations.isEmpty() ? 0 : r.nextInt(destinations.size());
        // Distinct destinations: an audience is connected to a destination once (a repeat would be a duplicate key).
        for (int k = 0, n = destinations.isEmpty() ? 0 : Math.min(destinations.size(), 1 + r.nextInt(2)); k < n; k++) {
            ObjectNode d = destinations.get((first + k) % destinations.size());
            ObjectNode c = obj();
            c.put("id", d.path("id").asText());
            c.put("name", d.path("name").asText());
            c.put("enabled", d.path("enabled").asBoolean());
            c.put("sourceId", d.path("sourceId").asText());
            c.put("idSyncConfiguration", "email");
            c.set("metadata", d.path("metadata").deepCopy());
            c.set("settings", d.path("settings").deepCopy());
            out.add(c);
        }
        return out;
    }

    public ResourceList computedTraits(String spaceId) {
        return ResourceList.lazy(size.computedTraitsPerSpace(), k -> computedTrait(spaceId, k));
    }

    ObjectNode computedTrait(String spaceId, int k) {
        SplittableRandom r = rnd("computed-trait-" + spaceId, k);
        ObjectNode t = obj();
        t.put("id", "ct_" + id("computed-trait-" + spaceId, k));
        t.put("spaceId", spaceId);
        String key = TRAITS[k % TRAITS.length] + "_" + k;
        t.put("name", capitalize(key.replace('_', ' ')));
        t.put("key", key);
        t.put("description", "Computed " + key + ".");
        t.put("enabled", r.nextInt(5) != 0);
        t.putObject("definition").put("query", "event('Order Completed').sum('revenue')").put("type", "USERS");
        t.put("status", "Live");
        t.put("createdBy", id("user", r.nextInt(Math.max(1, size.users()))));
        t.put("updatedBy", id("user", r.nextInt(Math.max(1, size.users()))));
        Instant created = past(r, 30, 300);
        t.put("createdAt", iso(created));
        t.put("updatedAt", iso(created.plusSeconds(r.nextInt(20 * 86_400))));
        return t;
    }

    public List<ObjectNode> schemaEvents(String spaceId) {
        List<ObjectNode> out = new ArrayList<>();
        for (int k = 0; k < EVENTS.length; k++) {
            ObjectNode e = obj();
            e.put("name", EVENTS[k]);
            e.put("type", "track");
            e.put("lastSeenAt", iso(WorkspaceGenerator.EPOCH.minusSeconds(3600L * k)));
            out.add(e);
        }
        return out;
    }

    public List<ObjectNode> traits(String spaceId) {
        List<ObjectNode> out = new ArrayList<>();
        for (int k = 0; k < TRAITS.length; k++) {
            out.add(obj().put("key", TRAITS[k]).put("type", k == 3 ? "NUMBER" : "STRING")
                    .put("lastSeenAt", iso(WorkspaceGenerator.EPOCH.minusSeconds(600L * k))));
        }
        return out;
    }

    public List<ObjectNode> properties(String owner) {
        List<ObjectNode> out = new ArrayList<>();
        String[] names = {"id", "name", "revenue", "currency", "created_at"};
        for (int k = 0; k < names.length; k++) {
            out.add(obj().put("key", names[k]).put("type", k == 2 ? "NUMBER" : "STRING").put("owner", owner)
                    .put("lastSeenAt", iso(WorkspaceGenerator.EPOCH.minusSeconds(900L * k))));
        }
        return out;
    }

    public List<ObjectNode> entityPaths(String spaceId) {
        List<ObjectNode> out = new ArrayList<>();
        for (String entity : ENTITIES) {
            out.add(obj().put("path", "profile." + entity).put("entity", entity).put("relationship", "ONE_TO_MANY"));
        }
        return out;
    }

    public List<String> sampleValues(String key) {
        List<String> out = new ArrayList<>();
        SplittableRandom r = rnd("sample-values", key.hashCode());
        for (int k = 0; k < 5; k++) {
            out.add(key + "-sample-" + r.nextInt(1000));
        }
        return out;
    }

    public List<ObjectNode> spaceFilters(String spaceId, String integrationId) {
        SplittableRandom r = rnd("space-filters", (spaceId + integrationId).hashCode());
        List<ObjectNode> out = new ArrayList<>();
        for (int k = 0, n = 1 + r.nextInt(3); k < n; k++) {
            ObjectNode f = obj();
            f.put("id", "flt_" + id("space-filter-" + spaceId + integrationId, k));
            f.put("workspaceId", workspaceId);
            f.put("integrationId", integrationId);
            f.put("name", "Drop test traffic " + k);
            f.put("description", "Keeps test profiles out.");
            f.put("if", "traits.email contains \"@test.example\"");
            f.put("enabled", r.nextBoolean());
            f.put("drop", true);
            Instant created = past(r, 10, 100);
            f.put("createdAt", iso(created));
            f.put("updatedAt", iso(created.plusSeconds(86_400)));
            out.add(f);
        }
        return out;
    }

    public List<ObjectNode> profilesWarehouses(String spaceId, List<ObjectNode> warehouses) {
        List<ObjectNode> out = new ArrayList<>();
        for (int k = 0; k < warehouses.size() && k < 2; k++) {
            ObjectNode w = warehouses.get(k);
            ObjectNode p = obj();
            p.put("id", w.path("id").asText());
            p.put("spaceId", spaceId);
            p.put("workspaceId", workspaceId);
            p.put("enabled", w.path("enabled").asBoolean());
            p.set("metadata", w.path("metadata").deepCopy());
            p.set("settings", w.path("settings").deepCopy());
            p.put("schemaName", "profiles_" + spaceId.substring(4, 10).toLowerCase());
            out.add(p);
        }
        return out;
    }
}
