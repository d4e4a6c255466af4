package io.segsync.sandbox.data;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Builds a deterministic, internally consistent workspace from a seed and a size: every destination's
 * source exists, every audit event names a real resource and a real user, and the same seed always
 * gives the same bytes.
 */
public final class WorkspaceGenerator {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** A fixed clock keeps generated timestamps identical across runs and machines. */
    static final Instant EPOCH = Instant.parse("2026-11-01T00:00:00Z");

    private static final String[] ENVIRONMENTS = {"prod", "staging", "dev"};
    private static final String[] TEAMS = {"growth", "data", "mobile", "web", "marketing", "platform"};
    private static final String[] FIRST = {"Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald", "Frances", "Ken", "Radia", "Linus"};
    private static final String[] LAST = {"Lovelace", "Hopper", "Turing", "Dijkstra", "Liskov", "Knuth", "Allen", "Thompson", "Perlman", "Torvalds"};
    private static final String[] EVENTS = {"Order Completed", "Product Viewed", "Signed Up", "Checkout Started", "Cart Viewed", "Coupon Applied", "Subscription Renewed", "Page Scrolled"};
    private static final String[] RULE_TYPES = {"TRACK", "TRACK", "TRACK", "IDENTIFY", "GROUP", "PAGE", "COMMON"};
    private static final String[] PLAN_TYPES = {"LIVE", "LIVE", "PROPERTY_LIBRARY", "RULE_LIBRARY"};
    private static final String[] ROLES = {"Workspace Owner", "Workspace Member", "Source Admin", "Tracking Plan Read-only"};
    private static final String[][] AUDIT_KINDS = {
        {"Source Created", "source"}, {"Source Modified", "source"}, {"Source Settings Modified", "source"},
        {"Destination Created", "destination"}, {"Destination Modified", "destination"}, {"Destination Enabled", "destination"},
        {"Tracking Plan Modified", "tracking_plan"}, {"Warehouse Modified", "warehouse"}, {"User Invited", "user"}
    };

    private final long seed;

    private WorkspaceGenerator(long seed) {
        this.seed = seed;
    }

    public static Workspace generate(long seed, WorkspaceSize size) {
        return new WorkspaceGenerator(seed).build(size);
    }

    private Workspace build(WorkspaceSize size) {
        String workspaceId = Ids.of(seed, "workspace", 0);
        ObjectNode identity = JSON.objectNode();
        identity.put("id", workspaceId);
        identity.put("slug", "acme-" + Long.toHexString(seed & 0xffff));
        identity.put("name", "Acme Corp (sandbox seed " + seed + ")");

        List<ObjectNode> labels = labels(size.labels());
        List<ObjectNode> sources = new ArrayList<>();
        for (int i = 0; i < size.sources(); i++) {
            sources.add(source(i, workspaceId, labels));
        }
        List<ObjectNode> destinations = new ArrayList<>();
        for (int i = 0; i < size.destinations(); i++) {
            destinations.add(destination(i, sources));
        }
        List<ObjectNode> warehouses = new ArrayList<>();
        for (int i = 0; i < size.warehouses(); i++) {
            warehouses.add(warehouse(i, workspaceId));
        }
        List<ObjectNode> plans = new ArrayList<>();
        Map<String, ResourceList> rules = new HashMap<>();
        for (int i = 0; i < size.trackingPlans(); i++) {
            ObjectNode plan = trackingPlan(i);
            plans.add(plan);
            rules.put(plan.get("id").asText(), ResourceList.of(rules(i, size.rulesPerTrackingPlan())));
        }
        List<ObjectNode> users = new ArrayList<>();
        for (int i = 0; i < size.users(); i++) {
            users.add(user(i, workspaceId, sources));
        }

        Map<String, ResourceList> collections = new LinkedHashMap<>();
        collections.put("sources", ResourceList.of(sources));
        collections.put("destinations", ResourceList.of(destinations));
        collections.put("warehouses", ResourceList.of(warehouses));
        collections.put("tracking-plans", ResourceList.of(plans));
        collections.put("labels", ResourceList.of(labels));
        collections.put("users", ResourceList.of(users));
        collections.put("audit-events", auditEvents(size.auditEvents(), sources, destinations, plans, warehouses, users));
        return new Workspace(identity, collections, rules);
    }

    private static String iso(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS).toString();
    }

    private List<ObjectNode> labels(int count) {
        List<ObjectNode> labels = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ObjectNode label = JSON.objectNode();
            String key = i < ENVIRONMENTS.length ? "environment" : i % 2 == 0 ? "team" : "cost-center";
            String value = i < ENVIRONMENTS.length ? ENVIRONMENTS[i] : key.equals("team") ? TEAMS[i % TEAMS.length] + "-" + i : "cc-" + (1000 + i);
            label.put("key", key);
            label.put("value", value);
            label.put("description", "Resources owned by " + key + " " + value);
            labels.add(label);
        }
        return labels;
    }

    private ObjectNode source(int i, String workspaceId, List<ObjectNode> labels) {
        SplittableRandom r = Ids.randomFor(seed, "source", i);
        CatalogEntries.Entry kind = CatalogEntries.SOURCES.get(r.nextInt(CatalogEntries.SOURCES.size()));
        ObjectNode s = JSON.objectNode();
        s.put("id", Ids.of(seed, "source", i));
        String team = TEAMS[r.nextInt(TEAMS.length)];
        s.put("slug", team + "_" + kind.slug().replace('-', '_') + "_" + i);
        s.put("name", capitalize(team) + " " + kind.name() + " " + i);
        s.put("workspaceId", workspaceId);
        s.put("enabled", r.nextInt(10) != 0);
        s.putArray("writeKeys").add(Ids.of(seed, "write-key", i) + Ids.of(seed, "write-key-tail", i).substring(0, 10));
        s.set("metadata", CatalogEntries.sourceMetadata(kind));
        ObjectNode settings = s.putObject("settings");
        if (kind.secretSetting() != null) {
            settings.put(kind.secretSetting(), "sk_" + Ids.of(seed, "source-secret", i));
        }
        settings.put("isSandbox", r.nextBoolean());
        ArrayNode sourceLabels = s.putArray("labels");
        if (!labels.isEmpty()) {
            sourceLabels.add(labels.get(r.nextInt(labels.size())).deepCopy());
        }
        return s;
    }

    private ObjectNode destination(int i, List<ObjectNode> sources) {
        SplittableRandom r = Ids.randomFor(seed, "destination", i);
        CatalogEntries.Entry kind = CatalogEntries.DESTINATIONS.get(r.nextInt(CatalogEntries.DESTINATIONS.size()));
        ObjectNode source = sources.get(r.nextInt(sources.size()));
        ObjectNode d = JSON.objectNode();
        d.put("id", Ids.of(seed, "destination", i));
        d.put("name", kind.name() + " for " + source.get("name").asText());
        d.put("enabled", r.nextInt(5) != 0);
        d.set("metadata", CatalogEntries.destinationMetadata(kind));
        d.put("sourceId", source.get("id").asText());
        ObjectNode settings = d.putObject("settings");
        settings.put(kind.secretSetting(), "secret_" + Ids.of(seed, "destination-secret", i));
        settings.put("region", r.nextBoolean() ? "us" : "eu");
        settings.put("sendAnonymousId", r.nextBoolean());
        return d;
    }

    private ObjectNode warehouse(int i, String workspaceId) {
        SplittableRandom r = Ids.randomFor(seed, "warehouse", i);
        CatalogEntries.Entry kind = CatalogEntries.WAREHOUSES.get(r.nextInt(CatalogEntries.WAREHOUSES.size()));
        ObjectNode w = JSON.objectNode();
        w.put("id", Ids.of(seed, "warehouse", i));
        w.set("metadata", CatalogEntries.warehouseMetadata(kind));
        w.put("workspaceId", workspaceId);
        w.put("enabled", r.nextInt(6) != 0);
        ObjectNode settings = w.putObject("settings");
        settings.put("name", kind.name() + " " + ENVIRONMENTS[i % ENVIRONMENTS.length] + " " + i);
        settings.put("hostname", kind.slug() + "-" + i + ".example.internal");
        settings.put("port", 5432 + i);
        settings.put("username", "segment_loader");
        settings.put(kind.secretSetting(), "pw_" + Ids.of(seed, "warehouse-secret", i));
        return w;
    }

    private ObjectNode trackingPlan(int i) {
        SplittableRandom r = Ids.randomFor(seed, "tracking-plan", i);
        ObjectNode p = JSON.objectNode();
        p.put("id", "tp_" + Ids.of(seed, "tracking-plan", i));
        String team = TEAMS[i % TEAMS.length];
        p.put("name", capitalize(team) + " tracking plan " + i);
        p.put("slug", team + "-tracking-plan-" + i);
        p.put("description", "Events the " + team + " team relies on.");
        p.put("type", PLAN_TYPES[r.nextInt(PLAN_TYPES.length)]);
        Instant created = EPOCH.minus(400 + r.nextInt(300), ChronoUnit.DAYS);
        p.put("createdAt", iso(created));
        p.put("updatedAt", iso(created.plus(r.nextInt(390), ChronoUnit.DAYS)));
        return p;
    }

    private List<ObjectNode> rules(int planIndex, int count) {
        List<ObjectNode> rules = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            SplittableRandom r = Ids.randomFor(seed, "rule-" + planIndex, k);
            ObjectNode rule = JSON.objectNode();
            String type = RULE_TYPES[k % RULE_TYPES.length];
            rule.put("type", type);
            // Keys must be unique per (type, key) within a plan: the index keeps them so.
            rule.put("key", "TRACK".equals(type) ? EVENTS[k % EVENTS.length] + " v" + k : type.toLowerCase() + "-" + k);
            ObjectNode schema = rule.putObject("jsonSchema");
            schema.put("$schema", "http://json-schema.org/draft-07/schema#");
            schema.put("type", "object");
            ObjectNode props = schema.putObject("properties").putObject("properties").put("type", "object").putObject("properties");
            props.putObject("revenue").put("type", "number");
            props.putObject("currency").put("type", "string");
            rule.put("version", 1 + r.nextInt(4));
            Instant created = EPOCH.minus(200 + r.nextInt(200), ChronoUnit.DAYS);
            rule.put("createdAt", iso(created));
            rule.put("updatedAt", iso(created.plus(r.nextInt(190), ChronoUnit.DAYS)));
            rules.add(rule);
        }
        return rules;
    }

    private ObjectNode user(int i, String workspaceId, List<ObjectNode> sources) {
        SplittableRandom r = Ids.randomFor(seed, "user", i);
        ObjectNode u = JSON.objectNode();
        u.put("id", Ids.of(seed, "user", i));
        String first = FIRST[i % FIRST.length];
        String last = LAST[(i / FIRST.length + r.nextInt(LAST.length)) % LAST.length];
        u.put("name", first + " " + last);
        u.put("email", (first + "." + last + "+" + i).toLowerCase() + "@acme.example");
        ArrayNode permissions = u.putArray("permissions");
        ObjectNode permission = permissions.addObject();
        int role = i == 0 ? 0 : 1 + r.nextInt(ROLES.length - 1);
        permission.put("roleId", Ids.of(seed, "role", role));
        permission.put("roleName", ROLES[role]);
        ObjectNode resource = permission.putArray("resources").addObject();
        if (role == 2 && !sources.isEmpty()) {
            resource.put("id", sources.get(r.nextInt(sources.size())).get("id").asText());
            resource.put("type", "SOURCE");
        } else {
            resource.put("id", workspaceId);
            resource.put("type", "WORKSPACE");
        }
        permission.putArray("labels");
        return u;
    }

    private ResourceList auditEvents(int count, List<ObjectNode> sources, List<ObjectNode> destinations,
                                     List<ObjectNode> plans, List<ObjectNode> warehouses, List<ObjectNode> users) {
        // Only ids and names are kept, so the lazy generator does not pin whole resources.
        Map<String, List<String[]>> targets = new HashMap<>();
        targets.put("source", refs(sources, "name"));
        targets.put("destination", refs(destinations, "name"));
        targets.put("tracking_plan", refs(plans, "name"));
        targets.put("warehouse", refs(warehouses, null));
        targets.put("user", refs(users, "email"));
        List<String> actors = users.stream().map(u -> u.get("email").asText()).toList();
        long stepMillis = Math.max(1_000L, 400L * 24 * 3600 * 1000 / Math.max(1, count));
        return ResourceList.lazy(count, i -> {
            SplittableRandom r = Ids.randomFor(seed, "audit-event", i);
            String[] kind = AUDIT_KINDS[r.nextInt(AUDIT_KINDS.length)];
            List<String[]> pool = targets.get(kind[1]);
            if (pool.isEmpty()) {
                pool = targets.get("source");
                kind = AUDIT_KINDS[0];
            }
            String[] target = pool.get(r.nextInt(pool.size()));
            ObjectNode e = JSON.objectNode();
            e.put("id", Ids.of(seed, "audit-event", i));
            // Newest first, as Segment lists the audit trail.
            e.put("timestamp", iso(EPOCH.minusMillis(i * stepMillis + r.nextInt(1000))));
            e.put("type", kind[0]);
            e.put("actor", actors.isEmpty() ? "api-token" : actors.get(r.nextInt(actors.size())));
            e.put("resourceId", target[0]);
            e.put("resourceType", kind[1]);
            e.put("resourceName", target[1]);
            return e;
        });
    }

    private static List<String[]> refs(List<ObjectNode> resources, String nameField) {
        List<String[]> refs = new ArrayList<>();
        for (ObjectNode n : resources) {
            String name = nameField == null ? n.path("settings").path("name").asText() : n.path(nameField).asText();
            refs.add(new String[] {n.get("id").asText(), name});
        }
        return refs;
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
