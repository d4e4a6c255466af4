package io.segsync.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segsync.sandbox.data.ResourceList;
import io.segsync.sandbox.data.Workspace;
import io.segsync.sandbox.data.WorkspaceSize;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The sandbox's records of the original eight streams, keyed as segsync keys their rows
 * ({@code id}; labels {@code key|value}; rules {@code plan|type|key}). Taken as a copy, so a snapshot
 * made before churn stays as it was.
 */
public final class WorkspaceRecords {
    /** Two sizes of one seed stand for "before" and "after" a change: same ids, some gone, some new, some other. */
    public static final WorkspaceSize BEFORE = new WorkspaceSize(6, 10, 3, 3, 4, 6, 5, 30);
    public static final WorkspaceSize AFTER = new WorkspaceSize(5, 12, 2, 4, 3, 6, 6, 40);

    private WorkspaceRecords() {}

    public static Map<String, Map<String, ObjectNode>> byStream(Workspace w) {
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
            ObjectNode record = list.get(i).deepCopy();
            out.put(key.apply(record), record);
        }
        return out;
    }
}
