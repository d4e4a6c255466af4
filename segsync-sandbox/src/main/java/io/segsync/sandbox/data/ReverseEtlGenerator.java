package io.segsync.sandbox.data;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;

/** Reverse-ETL models and the status of their syncs. */
final class ReverseEtlGenerator extends Gen {
    static final int SYNCS_PER_SUBSCRIPTION = 12;
    private static final String[] STATUSES = {"SUCCESS", "SUCCESS", "SUCCESS", "FAILED", "IN_PROGRESS"};
    private final ConnectionsGenerator connections;

    ReverseEtlGenerator(long seed, WorkspaceSize size, String workspaceId, ConnectionsGenerator connections) {
        super(seed, size, workspaceId);
        this.connections = connections;
    }

    ObjectNode model(int i) {
        SplittableRandom r = rnd("reverse-etl-model", i);
        ObjectNode m = obj();
        m.put("id", id("reverse-etl-model", i));
        m.put("sourceId", connections.sourceId(r.nextInt(Math.max(1, size.sources()))));
        String table = new String[] {"accounts", "orders", "subscriptions", "churn_scores"}[r.nextInt(4)];
        m.put("name", capitalize(table.replace('_', ' ')) + " model " + i);
        m.put("description", "Rows of " + table + " pushed to downstream tools.");
        m.put("enabled", r.nextInt(4) != 0);
        m.put("query", "SELECT id, email, updated_at FROM analytics." + table);
        m.put("queryIdentifierColumn", "id");
        m.put("scheduleStrategy", "SPECIFIC_DAYS");
        m.putObject("scheduleConfig").put("hours", "*/6");
        m.put("createdAt", iso(past(r, 30, 200)));
        return m;
    }

    /** One sync of a model toward one subscription, {@code k} = 0 the newest. */
    ObjectNode sync(String modelId, String sourceId, String subscriptionId, int k) {
        SplittableRandom r = rnd("reverse-etl-sync-" + modelId + subscriptionId, k);
        ObjectNode s = obj();
        s.put("syncId", id("reverse-etl-sync-" + modelId + subscriptionId, k));
        s.put("modelId", modelId);
        s.put("sourceId", sourceId);
        s.put("subscriptionId", subscriptionId);
        String status = STATUSES[r.nextInt(STATUSES.length)];
        s.put("syncStatus", status);
        Instant started = WorkspaceGenerator.EPOCH.minus(k * 6L, ChronoUnit.HOURS).minusSeconds(r.nextInt(600));
        s.put("startedAt", iso(started));
        if (!"IN_PROGRESS".equals(status)) {
            s.put("finishedAt", iso(started.plusSeconds(20 + r.nextInt(900))));
        }
        s.put("extractPhase", "SUCCESS");
        s.put("loadPhase", status);
        s.put("recordsProcessed", r.nextInt(50_000));
        if ("FAILED".equals(status)) {
            s.put("error", "Destination rejected the batch");
            s.put("errorCode", "E_DESTINATION");
        }
        return s;
    }
}
