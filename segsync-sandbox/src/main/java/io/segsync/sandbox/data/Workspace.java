package io.segsync.sandbox.data;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One generated Segment workspace: its identity, region and plan, every collection the sandbox serves,
 * and the relations between them. Top-level collections can change (churn); relations are derived
 * from the current collections on each call, so children always name parents that exist.
 */
public final class Workspace {
    private final long seed;
    private final WorkspaceSize size;
    private final ObjectNode identity;
    private final Region region;
    private final Plan plan;
    private final WorkspaceGenerator.Generators generators;
    private final Map<String, ResourceCollection> collections;
    private final AuditTrail audit;
    private volatile ParentIndex destinationsBySource = new ParentIndex(-1, Map.of());

    private record ParentIndex(long version, Map<String, List<Integer>> positions) {}

    Workspace(long seed, WorkspaceSize size, ObjectNode identity, Region region, Plan plan,
              WorkspaceGenerator.Generators generators, Map<String, ResourceCollection> collections, AuditTrail audit) {
        this.seed = seed;
        this.size = size;
        this.identity = identity;
        this.region = region;
        this.plan = plan;
        this.generators = generators;
        this.collections = Map.copyOf(collections);
        this.audit = audit;
    }

    public ObjectNode identity() {
        return identity.deepCopy();
    }

    public String id() {
        return identity.get("id").asText();
    }

    public long seed() {
        return seed;
    }

    public WorkspaceSize size() {
        return size;
    }

    public Region region() {
        return region;
    }

    public Plan plan() {
        return plan;
    }

    /** A collection by its sandbox name ({@code sources}, {@code audit-events}, ...); see {@link #counts()}. */
    public ResourceList collection(String name) {
        if ("audit-events".equals(name)) {
            return audit;
        }
        return resources(name);
    }

    /** A top-level collection that churn can change. */
    public ResourceCollection resources(String name) {
        ResourceCollection list = collections.get(name);
        if (list == null) {
            throw new IllegalArgumentException("no collection " + name);
        }
        return list;
    }

    public AuditTrail auditTrail() {
        return audit;
    }

    public Optional<ObjectNode> find(String collectionName, String id) {
        return resources(collectionName).find(id).map(ResourceCollection.Found::node);
    }

    public Optional<ResourceList> rulesOf(String trackingPlanId) {
        return resources("tracking-plans").find(trackingPlanId)
                .map(f -> f.baseIndex() < 0 ? ResourceList.empty() : generators.protocols().rules(f.baseIndex()));
    }

    public ConnectionDetails details() {
        return generators.details();
    }

    public EngageGenerator engage() {
        return generators.engage();
    }

    public MetricsGenerator metrics() {
        return generators.metrics();
    }

    List<ObjectNode> functionVersions(String functionId) {
        return generators.functions().versions(functionId);
    }

    public Optional<List<ObjectNode>> versionsOf(String functionId) {
        return find("functions", functionId).map(f -> functionVersions(functionId));
    }

    public List<ObjectNode> insertFunctionInstances(ObjectNode function) {
        return generators.functions().insertInstances(function);
    }

    public ObjectNode regulationDetail(ObjectNode entry) {
        return GovernanceGenerator.regulationDetail(entry, id());
    }

    public ObjectNode reverseEtlSync(String modelId, String sourceId, String subscriptionId, int k) {
        return generators.reverseEtl().sync(modelId, sourceId, subscriptionId, k);
    }

    /** Positions in {@code destinations} of the destinations reading from a source. */
    public List<Integer> destinationPositionsOf(String sourceId) {
        ResourceCollection destinations = resources("destinations");
        ParentIndex index = destinationsBySource;
        if (index.version() != destinations.version()) {
            Map<String, List<Integer>> positions = new HashMap<>();
            ConnectionsGenerator c = generators.connections();
            for (int p = 0, n = destinations.size(); p < n; p++) {
                positions.computeIfAbsent(destinations.fieldAt(p, "sourceId", c::destinationSourceId), k -> new ArrayList<>()).add(p);
            }
            index = new ParentIndex(destinations.version(), positions);
            destinationsBySource = index;
        }
        return index.positions().getOrDefault(sourceId, List.of());
    }

    /** Positions in {@code sources} connected to the warehouse at {@code warehousePosition}. */
    public List<Integer> sourcePositionsOfWarehouse(int warehousePosition) {
        ResourceCollection sources = resources("sources");
        int warehouses = resources("warehouses").size();
        List<Integer> out = new ArrayList<>();
        for (int p = 0, n = sources.size(); p < n; p++) {
            if (ConnectionDetails.warehouseSlot(sources.idAt(p), warehouses) == warehousePosition) {
                out.add(p);
            }
        }
        return out;
    }

    public int positionOf(String collectionName, String id) {
        ResourceCollection c = resources(collectionName);
        for (int p = 0, n = c.size(); p < n; p++) {
            if (c.idAt(p).equals(id)) {
                return p;
            }
        }
        return -1;
    }

    public Optional<String> trackingPlanIdOf(String sourceId) {
        ResourceCollection plans = resources("tracking-plans");
        int slot = ConnectionDetails.trackingPlanSlot(sourceId, plans.size());
        return slot < 0 ? Optional.empty() : Optional.of(plans.idAt(slot));
    }

    public List<Integer> sourcePositionsOfTrackingPlan(String planId) {
        ResourceCollection sources = resources("sources");
        List<Integer> out = new ArrayList<>();
        for (int p = 0, n = sources.size(); p < n; p++) {
            if (trackingPlanIdOf(sources.idAt(p)).filter(planId::equals).isPresent()) {
                out.add(p);
            }
        }
        return out;
    }

    /** Group membership is a pure function of the two ids, so it survives churn of either side. */
    public static boolean isMember(String userId, String groupId) {
        return Math.floorMod((userId + groupId).hashCode(), 3) == 0;
    }

    public List<Integer> userPositionsOfGroup(String groupId) {
        ResourceCollection users = resources("users");
        List<Integer> out = new ArrayList<>();
        for (int p = 0, n = users.size(); p < n; p++) {
            if (isMember(users.idAt(p), groupId)) {
                out.add(p);
            }
        }
        return out;
    }

    public List<Integer> groupPositionsOfUser(String userId) {
        ResourceCollection groups = resources("user-groups");
        List<Integer> out = new ArrayList<>();
        for (int p = 0, n = groups.size(); p < n; p++) {
            if (isMember(userId, groups.idAt(p))) {
                out.add(p);
            }
        }
        return out;
    }

    public List<String> invites() {
        List<String> out = new ArrayList<>();
        for (int i = 0, n = generators.iam().invites(); i < n; i++) {
            out.add(generators.iam().invite(i));
        }
        return out;
    }

    public List<String> invitesOfGroup(String groupId) {
        List<String> out = new ArrayList<>();
        for (String email : invites()) {
            if (isMember(email, groupId)) {
                out.add(email);
            }
        }
        return out;
    }

    /**
     * How many records each collection holds, for tests that reconcile a sync against the sandbox.
     * Keys: {@code sources}, {@code destinations}, {@code warehouses}, {@code tracking-plans},
     * {@code tracking-plan-rules}, {@code labels}, {@code users}, {@code user-groups}, {@code roles},
     * {@code invites}, {@code functions}, {@code transformations}, {@code spaces}, {@code audiences},
     * {@code computed-traits}, {@code reverse-etl-models}, {@code regulations}, {@code credentials},
     * {@code audit-events}. Counts follow churn.
     */
    public Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        collections.forEach((name, list) -> counts.put(name, (long) list.size()));
        counts.put("audit-events", (long) audit.size());
        ResourceCollection plans = resources("tracking-plans");
        long rules = 0;
        for (int p = 0; p < plans.size(); p++) {
            rules += rulesOf(plans.idAt(p)).map(ResourceList::size).orElse(0);
        }
        counts.put("tracking-plan-rules", rules);
        counts.put("invites", (long) invites().size());
        long spaces = resources("spaces").size();
        counts.put("audiences", spaces * size.audiencesPerSpace());
        counts.put("computed-traits", spaces * size.computedTraitsPerSpace());
        return counts;
    }
}
