package io.segsync.sandbox.data;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One generated Segment workspace: its identity and every collection the sandbox serves. Collections
 * are immutable once generated; lookups by id cover the resources that have single-item endpoints.
 */
public final class Workspace {
    private final ObjectNode identity;
    private final Map<String, ResourceList> collections;
    private final Map<String, ResourceList> rulesByTrackingPlan;
    private final Map<String, Map<String, Integer>> indexById = new HashMap<>();

    Workspace(ObjectNode identity, Map<String, ResourceList> collections, Map<String, ResourceList> rulesByTrackingPlan) {
        this.identity = identity;
        this.collections = Map.copyOf(collections);
        this.rulesByTrackingPlan = Map.copyOf(rulesByTrackingPlan);
    }

    public ObjectNode identity() {
        return identity.deepCopy();
    }

    public String id() {
        return identity.get("id").asText();
    }

    /** A top-level collection by its sandbox name ({@code sources}, {@code audit-events}, ...). */
    public ResourceList collection(String name) {
        ResourceList list = collections.get(name);
        if (list == null) {
            throw new IllegalArgumentException("no collection " + name);
        }
        return list;
    }

    public Optional<ResourceList> rulesOf(String trackingPlanId) {
        return Optional.ofNullable(rulesByTrackingPlan.get(trackingPlanId));
    }

    /** Finds a resource of a small collection by its {@code id}. */
    public synchronized Optional<ObjectNode> find(String collectionName, String id) {
        Map<String, Integer> index = indexById.computeIfAbsent(collectionName, name -> {
            ResourceList list = collection(name);
            Map<String, Integer> byId = new HashMap<>();
            for (int i = 0; i < list.size(); i++) {
                byId.put(list.get(i).get("id").asText(), i);
            }
            return byId;
        });
        Integer at = index.get(id);
        return at == null ? Optional.empty() : Optional.of(collection(collectionName).get(at));
    }

    /** How many records each collection holds, for tests that reconcile a sync against the sandbox. */
    public Map<String, Long> counts() {
        Map<String, Long> counts = new HashMap<>();
        collections.forEach((name, list) -> counts.put(name, (long) list.size()));
        counts.put("tracking-plan-rules", rulesByTrackingPlan.values().stream().mapToLong(ResourceList::size).sum());
        return counts;
    }
}
