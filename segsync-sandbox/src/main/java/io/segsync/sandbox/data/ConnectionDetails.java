package io.segsync.sandbox.data;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * What hangs off a source, destination or warehouse: filters, subscriptions, live plugins, schema
 * settings, warehouse syncs and schedules. Derived from the parent's id, so resources churn created
 * get children too and every child names a parent that exists.
 */
public final class ConnectionDetails extends Gen {
    private static final String[] FILTER_ACTIONS = {"DROP", "ALLOW_PROPERTIES", "DROP_PROPERTIES", "SAMPLE"};
    private static final String[] ACTIONS = {"Track Event", "Identify User", "Upsert Profile", "Send Email Event"};
    private static final String[] SYNC_STATUSES = {"SUCCESS", "SUCCESS", "SUCCESS", "PARTIAL_SUCCESS", "FAILED"};
    private static final String[] COLLECTIONS = {"tracks", "identifies", "pages", "order_completed", "product_viewed", "signed_up"};

    ConnectionDetails(long seed, WorkspaceSize size, String workspaceId) {
        super(seed, size, workspaceId);
    }

    private static long key(String id) {
        long h = 1125899906842597L;
        for (int i = 0; i < id.length(); i++) {
            h = 31 * h + id.charAt(i);
        }
        return h & Long.MAX_VALUE;
    }

    public List<ObjectNode> filters(ObjectNode destination) {
        String destinationId = destination.path("id").asText();
        SplittableRandom r = rnd("filters", key(destinationId));
        int count = r.nextInt(3);
        List<ObjectNode> out = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            SplittableRandom fr = rnd("filter-" + destinationId, k);
            ObjectNode f = obj();
            f.put("id", id("filter-" + destinationId, k));
            f.put("sourceId", destination.path("sourceId").asText());
            f.put("destinationId", destinationId);
            String event = EVENTS[fr.nextInt(EVENTS.length)];
            f.put("if", "event = \"" + event + "\"");
            ObjectNode action = f.putArray("actions").addObject();
            String type = FILTER_ACTIONS[fr.nextInt(FILTER_ACTIONS.length)];
            action.put("type", type);
            if (type.endsWith("PROPERTIES")) {
                action.putObject("fields").putObject("properties").putArray("fields").add("email");
            } else if (type.equals("SAMPLE")) {
                action.put("percent", 0.5);
                action.put("path", "userId");
            }
            f.put("title", "Filter " + event + " " + k);
            f.put("description", "Keeps " + event + " out of the destination.");
            f.put("enabled", fr.nextInt(4) != 0);
            Instant created = past(fr, 30, 300);
            f.put("createdAt", iso(created));
            f.put("updatedAt", iso(created.plus(fr.nextInt(25), ChronoUnit.DAYS)));
            out.add(f);
        }
        return out;
    }

    public List<ObjectNode> subscriptions(ObjectNode destination) {
        String destinationId = destination.path("id").asText();
        int count = rnd("subscriptions", key(destinationId)).nextInt(4);
        List<ObjectNode> out = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            SplittableRandom r = rnd("subscription-" + destinationId, k);
            String action = ACTIONS[r.nextInt(ACTIONS.length)];
            ObjectNode s = obj();
            s.put("id", id("subscription-" + destinationId, k));
            s.put("name", action + " " + k);
            s.put("actionId", id("action", action.hashCode() & 0xffff));
            s.put("actionSlug", action.toLowerCase().replace(' ', '-'));
            s.put("destinationId", destinationId);
            s.put("enabled", r.nextInt(5) != 0);
            ObjectNode settings = s.putObject("settings");
            settings.putObject("userId").put("@path", "$.userId");
            settings.putObject("event").put("@path", "$.event");
            s.put("trigger", "type = \"track\" and event = \"" + EVENTS[r.nextInt(EVENTS.length)] + "\"");
            out.add(s);
        }
        return out;
    }

    /** Only some sources run a live plugin; the others answer 404, as Segment does. */
    public Optional<ObjectNode> livePlugin(String sourceId) {
        SplittableRandom r = rnd("live-plugin", key(sourceId));
        if (r.nextInt(3) != 0) {
            return Optional.empty();
        }
        ObjectNode p = obj();
        p.put("id", id("live-plugin", key(sourceId)));
        p.put("sourceId", sourceId);
        p.put("code", "export default function (event) { return event; }");
        Instant created = past(r, 10, 200);
        p.put("createdAt", iso(created));
        p.put("updatedAt", iso(created.plus(r.nextInt(9), ChronoUnit.DAYS)));
        return Optional.of(p);
    }

    public ObjectNode schemaSettings(String sourceId) {
        SplittableRandom r = rnd("schema-settings", key(sourceId));
        ObjectNode settings = obj();
        ObjectNode track = settings.putObject("track");
        track.put("allowUnplannedEvents", r.nextBoolean());
        track.put("allowUnplannedEventProperties", r.nextBoolean());
        track.put("allowEventOnViolations", r.nextBoolean());
        track.put("allowPropertiesOnViolations", r.nextBoolean());
        track.put("commonEventOnViolations", new String[] {"ALLOW", "BLOCK", "OMIT_PROPERTIES"}[r.nextInt(3)]);
        for (String kind : new String[] {"identify", "group"}) {
            ObjectNode traits = settings.putObject(kind);
            traits.put("allowUnplannedTraits", r.nextBoolean());
            traits.put("allowTraitsOnViolations", r.nextBoolean());
            traits.put("commonEventOnViolations", new String[] {"ALLOW", "BLOCK", "OMIT_TRAITS"}[r.nextInt(3)]);
        }
        if (r.nextBoolean()) {
            settings.put("forwardingViolationsTo", sourceId);
        }
        return settings;
    }

    /** Sync reports, newest first; {@code sourceIds} are the warehouse's connected sources. */
    public List<ObjectNode> syncs(String warehouseId, List<String> sourceIds, int count) {
        List<ObjectNode> out = new ArrayList<>();
        if (sourceIds.isEmpty()) {
            return out;
        }
        for (int k = 0; k < count; k++) {
            SplittableRandom r = rnd("sync-" + warehouseId, k);
            String sourceId = sourceIds.get(k % sourceIds.size());
            ObjectNode s = obj();
            s.put("sourceId", sourceId);
            Instant start = WorkspaceGenerator.EPOCH.minus(k * 6L, ChronoUnit.HOURS).minusSeconds(r.nextInt(3600));
            int seconds = 30 + r.nextInt(1800);
            s.put("start", iso(start));
            s.put("end", iso(start.plusSeconds(seconds)));
            String status = SYNC_STATUSES[r.nextInt(SYNC_STATUSES.length)];
            s.put("status", status);
            s.put("duration", seconds * 1000L);
            s.put("humanDuration", (seconds / 60) + "m" + (seconds % 60) + "s");
            s.put("count", r.nextInt(2_000_000));
            ArrayNode notices = s.putArray("notices");
            if (!"SUCCESS".equals(status)) {
                ObjectNode n = notices.addObject();
                n.put("level", "FAILED".equals(status) ? "error" : "warning");
                n.put("message", "FAILED".equals(status) ? "Could not connect to the warehouse" : "Some rows were rejected");
                n.put("createdAt", iso(start.plusSeconds(seconds)));
            }
            out.add(s);
        }
        return out;
    }

    public List<ObjectNode> selectiveSyncs(String warehouseId, String sourceId) {
        List<ObjectNode> out = new ArrayList<>();
        SplittableRandom r = rnd("selective-sync", key(warehouseId + sourceId));
        for (String collection : COLLECTIONS) {
            ObjectNode item = obj();
            item.put("sourceId", sourceId);
            item.put("collection", collection);
            item.put("warehouseId", warehouseId);
            item.put("enabled", r.nextInt(5) != 0);
            ObjectNode properties = item.putObject("properties");
            properties.put("context_ip", r.nextBoolean());
            properties.put("context_user_agent", r.nextBoolean());
            out.add(item);
        }
        return out;
    }

    public ObjectNode advancedSyncSchedule(String warehouseId) {
        SplittableRandom r = rnd("sync-schedule", key(warehouseId));
        ObjectNode data = obj();
        boolean enabled = r.nextBoolean();
        data.put("enabled", enabled);
        ObjectNode schedule = data.putObject("schedule");
        ArrayNode times = schedule.putArray("times");
        for (int h = 0; h < 24; h += 6) {
            times.addObject().put("hourOfDay", h).put("enabled", enabled && r.nextBoolean());
        }
        schedule.put("timezone", r.nextBoolean() ? "UTC" : "Europe/Berlin");
        return data;
    }

    public String connectionState(String warehouseId) {
        return rnd("connection-state", key(warehouseId)).nextInt(8) == 0 ? "FAILED" : "CONNECTED";
    }

    /** The warehouse a source is connected to: position {@code hash(sourceId) mod warehouses}. */
    public static int warehouseSlot(String sourceId, int warehouses) {
        return warehouses == 0 ? -1 : (int) Math.floorMod(key(sourceId), (long) warehouses);
    }

    /** The tracking plan a source is connected to, or -1: one source in three has none. */
    public static int trackingPlanSlot(String sourceId, int plans) {
        long k = key(sourceId + "#tp");
        return plans == 0 || k % 3 == 0 ? -1 : (int) Math.floorMod(k, (long) plans);
    }
}
