package io.segsync.sandbox.data;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;

/** Deletion and suppression regulations, and credentials. */
final class GovernanceGenerator extends Gen {
    private static final String[] STATUSES = {"FINISHED", "FINISHED", "FINISHED", "RUNNING", "INITIALIZED", "FAILED", "PARTIAL_SUCCESS"};
    private static final String[] TYPES = {"DELETE_ONLY", "SUPPRESS_WITH_DELETE", "SUPPRESS_ONLY", "UNSUPPRESS", "DELETE_INTERNAL"};
    private final ConnectionsGenerator connections;

    GovernanceGenerator(long seed, WorkspaceSize size, String workspaceId, ConnectionsGenerator connections) {
        super(seed, size, workspaceId);
        this.connections = connections;
    }

    /** Regulations are listed newest first; one in four targets a single source. */
    ObjectNode regulation(int i) {
        SplittableRandom r = rnd("regulation", i);
        ObjectNode g = obj();
        g.put("id", id("regulation", i));
        g.put("subjectType", r.nextInt(4) == 0 ? "OBJECT_ID" : "USER_ID");
        ArrayNode subjects = g.putArray("subjects");
        for (int k = 0, n = 1 + r.nextInt(3); k < n; k++) {
            subjects.add("user-" + id("subject", i * 4L + k).substring(0, 10));
        }
        String status = STATUSES[r.nextInt(STATUSES.length)];
        g.put("status", status);
        Instant created = WorkspaceGenerator.EPOCH.minus(i * 7L + r.nextInt(7), ChronoUnit.HOURS);
        g.put("createdAt", iso(created));
        if ("FINISHED".equals(status) || "FAILED".equals(status) || "PARTIAL_SUCCESS".equals(status)) {
            g.put("finishedAt", iso(created.plus(1 + r.nextInt(48), ChronoUnit.HOURS)));
        }
        g.put("regulationType", TYPES[r.nextInt(TYPES.length)]);
        if (size.sources() > 0 && i % 4 == 0) {
            g.put("sourceId", connections.sourceId(r.nextInt(size.sources())));
        }
        return g;
    }

    /** The detail view of {@code getRegulation}: statuses per stream and destination. */
    static ObjectNode regulationDetail(ObjectNode entry, String workspaceId) {
        ObjectNode d = obj();
        d.put("id", entry.path("id").asText());
        d.put("workspaceId", workspaceId);
        String status = entry.path("status").asText();
        d.put("overallStatus", status);
        String finished = entry.path("finishedAt").asText(entry.path("createdAt").asText());
        d.put("finishedAt", finished);
        d.put("createdAt", entry.path("createdAt").asText());
        ObjectNode stream = d.putArray("streamStatus").addObject();
        stream.put("id", "stream-" + entry.path("id").asText());
        ObjectNode destination = stream.putArray("destinationStatus").addObject();
        destination.put("name", "Segment");
        destination.put("id", "segment");
        destination.put("status", status);
        destination.put("errString", "FAILED".equals(status) ? "deletion timed out" : "");
        destination.put("finishedAt", finished);
        return d;
    }

    ObjectNode credential(int i) {
        SplittableRandom r = rnd("credential", i);
        ObjectNode c = obj();
        c.put("id", id("credential", i));
        c.put("workspaceId", workspaceId);
        c.put("name", (r.nextBoolean() ? "Snowflake" : "BigQuery") + " key " + i);
        ObjectNode settings = c.putObject("settings");
        settings.put("user", "segment_" + i);
        settings.put("privateKey", "-----BEGIN PRIVATE KEY-----" + id("credential-secret", i) + "-----END PRIVATE KEY-----");
        Instant created = past(r, 30, 300);
        c.put("createdAt", iso(created));
        c.put("updatedAt", iso(created.plus(r.nextInt(30), ChronoUnit.DAYS)));
        return c;
    }
}
