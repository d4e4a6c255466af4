package io.segsync.target.jdbc;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segsync.core.sync.UpdateMethod;
import io.segsync.sandbox.data.ResourceList;
import io.segsync.sandbox.data.Workspace;
import io.segsync.sandbox.data.WorkspaceSize;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Two workspaces from one seed but of different sizes stand for "before" and "after" a change: the
 * same ids, some gone, some new, some with other values. This computes the differences a sync must
 * apply and record (as IncrementalDuckDbTest does).
 */
final class Workspaces {
    static final WorkspaceSize BEFORE = new WorkspaceSize(6, 10, 3, 3, 4, 6, 5, 30);
    static final WorkspaceSize AFTER = new WorkspaceSize(5, 12, 2, 4, 3, 6, 6, 40);

    record Expected(Set<String> inserted, Set<String> updated, Set<String> deleted, Set<String> live) {}

    private Workspaces() {}

    static Map<String, Expected> expected(Workspace before, Workspace after, UpdateMethod method) {
        Map<String, Expected> out = new HashMap<>();
        Map<String, Map<String, ObjectNode>> a = recordsByStream(before);
        Map<String, Map<String, ObjectNode>> b = recordsByStream(after);
        for (String stream : b.keySet()) {
            Set<String> inserted = new HashSet<>(b.get(stream).keySet());
            inserted.removeAll(a.get(stream).keySet());
            Set<String> deleted = new HashSet<>(a.get(stream).keySet());
            deleted.removeAll(b.get(stream).keySet());
            Set<String> updated = new HashSet<>();
            for (Map.Entry<String, ObjectNode> e : b.get(stream).entrySet()) {
                ObjectNode old = a.get(stream).get(e.getKey());
                if (old != null && !old.equals(e.getValue())) {
                    updated.add(e.getKey());
                }
            }
            Set<String> live = new HashSet<>(b.get(stream).keySet());
            if (method == UpdateMethod.CDC && stream.equals("audit_events")) {
                // CDC reads the audit trail from its watermark (the newest event landed) minus the
                // overlap: only "after" events in that window are compared; older history is not re-read.
                java.time.Instant start = a.get(stream).values().stream()
                        .map(e -> java.time.Instant.parse(e.get("timestamp").asText()))
                        .max(java.util.Comparator.naturalOrder()).orElseThrow()
                        .minus(io.segsync.core.sync.SyncOptions.DEFAULT_OVERLAP);
                Set<String> read = new HashSet<>();
                b.get(stream).forEach((id, e) -> {
                    if (!java.time.Instant.parse(e.get("timestamp").asText()).isBefore(start)) {
                        read.add(id);
                    }
                });
                inserted.retainAll(read);
                updated.retainAll(read);
                deleted = new HashSet<>();
                live = new HashSet<>(a.get(stream).keySet());
                live.addAll(read);
            }
            out.put(stream, new Expected(inserted, updated, deleted, live));
        }
        return out;
    }

    static Map<String, Map<String, ObjectNode>> recordsByStream(Workspace w) {
        Map<String, Map<String, ObjectNode>> out = new HashMap<>();
        out.put("sources", byKey(w.collection("sources"), r -> r.get("id").asText()));
        out.put("destinations", byKey(w.collection("destinations"), r -> r.get("id").asText()));
        out.put("warehouses", byKey(w.collection("warehouses"), r -> r.get("id").asText()));
        out.put("tracking_plans", byKey(w.collection("tracking-plans"), r -> r.get("id").asText()));
        out.put("labels", byKey(w.collection("labels"), r -> r.get("key").asText() + "|" + r.get("value").asText()));
        out.put("users", byKey(w.collection("users"), r -> r.get("id").asText()));
        out.put("audit_events", byKey(w.collection("audit-events"), r -> r.get("id").asText()));
        Map<String, ObjectNode> rules = new HashMap<>();
        ResourceList plans = w.collection("tracking-plans");
        for (int i = 0; i < plans.size(); i++) {
            String plan = plans.get(i).get("id").asText();
            rules.putAll(byKey(w.rulesOf(plan).orElseThrow(), r -> plan + "|" + r.get("type").asText() + "|" + r.get("key").asText()));
        }
        out.put("tracking_plan_rules", rules);
        return out;
    }

    private static Map<String, ObjectNode> byKey(ResourceList list, Function<ObjectNode, String> key) {
        Map<String, ObjectNode> out = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            out.put(key.apply(list.get(i)), list.get(i));
        }
        return out;
    }

    /** The SQL of a stream's key as the text the maps above use. */
    static String keySql(TestDb db, String stream) {
        switch (stream) {
            case "labels": return db.concat(db.quote("key"), db.quote("value"));
            case "tracking_plan_rules": return db.concat("tracking_plan_id", "type", db.quote("key"));
            default: return "id";
        }
    }
}
