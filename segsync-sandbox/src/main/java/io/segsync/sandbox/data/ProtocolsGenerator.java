package io.segsync.sandbox.data;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;

/** Tracking plans with their rules, and transformations. */
final class ProtocolsGenerator extends Gen {
    private static final String[] RULE_TYPES = {"TRACK", "TRACK", "TRACK", "IDENTIFY", "GROUP", "PAGE", "COMMON"};
    private static final String[] PLAN_TYPES = {"LIVE", "LIVE", "PROPERTY_LIBRARY", "RULE_LIBRARY"};
    private final ConnectionsGenerator connections;

    ProtocolsGenerator(long seed, WorkspaceSize size, String workspaceId, ConnectionsGenerator connections) {
        super(seed, size, workspaceId);
        this.connections = connections;
    }

    String trackingPlanId(int i) {
        return "tp_" + id("tracking-plan", i);
    }

    ObjectNode trackingPlan(int i) {
        SplittableRandom r = rnd("tracking-plan", i);
        ObjectNode p = obj();
        p.put("id", trackingPlanId(i));
        String team = TEAMS[i % TEAMS.length];
        p.put("name", capitalize(team) + " tracking plan " + i);
        p.put("slug", team + "-tracking-plan-" + i);
        p.put("description", "Events the " + team + " team relies on.");
        p.put("type", PLAN_TYPES[r.nextInt(PLAN_TYPES.length)]);
        Instant created = WorkspaceGenerator.EPOCH.minus(400 + r.nextInt(300), ChronoUnit.DAYS);
        p.put("createdAt", iso(created));
        p.put("updatedAt", iso(created.plus(r.nextInt(390), ChronoUnit.DAYS)));
        return p;
    }

    ResourceList rules(int planIndex) {
        return ResourceList.lazy(size.rulesPerTrackingPlan(), k -> rule(planIndex, k));
    }

    private ObjectNode rule(int planIndex, int k) {
        SplittableRandom r = rnd("rule-" + planIndex, k);
        ObjectNode rule = obj();
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
        Instant created = WorkspaceGenerator.EPOCH.minus(200 + r.nextInt(200), ChronoUnit.DAYS);
        rule.put("createdAt", iso(created));
        rule.put("updatedAt", iso(created.plus(r.nextInt(190), ChronoUnit.DAYS)));
        return rule;
    }

    ObjectNode transformation(int i) {
        SplittableRandom r = rnd("transformation", i);
        int source = r.nextInt(size.sources());
        ObjectNode t = obj();
        t.put("id", id("transformation", i));
        String event = EVENTS[r.nextInt(EVENTS.length)];
        t.put("name", "Rename " + event + " " + i);
        t.put("sourceId", connections.sourceId(source));
        if (size.destinations() > 0 && r.nextBoolean()) {
            t.put("destinationMetadataId", CatalogEntries.DESTINATIONS.get(r.nextInt(CatalogEntries.DESTINATIONS.size())).id());
        }
        t.put("enabled", r.nextInt(4) != 0);
        t.put("if", "event = '" + event + "'");
        t.put("newEventName", event.replace(' ', '_').toLowerCase());
        ObjectNode rename = t.putArray("propertyRenames").addObject();
        rename.put("oldName", "revenue");
        rename.put("newName", "amount");
        return t;
    }
}
