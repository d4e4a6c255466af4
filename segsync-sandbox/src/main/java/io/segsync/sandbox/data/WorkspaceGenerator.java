package io.segsync.sandbox.data;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds a deterministic, internally consistent workspace from a seed and a size: every destination's
 * source exists, every audit event names a real resource and a real user, and the same seed always
 * gives the same bytes. Nothing is generated up front: collections regenerate items from their index.
 */
public final class WorkspaceGenerator {
    /** A fixed clock keeps generated timestamps identical across runs and machines. */
    public static final Instant EPOCH = Instant.parse("2026-11-01T00:00:00Z");

    private WorkspaceGenerator() {}

    public static Workspace generate(long seed, WorkspaceSize size) {
        return generate(seed, size, Region.US, Plan.BUSINESS);
    }

    public static Workspace generate(long seed, WorkspaceSize size, Region region, Plan plan) {
        String workspaceId = Ids.of(seed, "workspace", 0);
        ObjectNode identity = Gen.obj();
        identity.put("id", workspaceId);
        identity.put("slug", "acme-" + Long.toHexString(seed & 0xffff) + (region == Region.EU ? "-eu" : ""));
        identity.put("name", "Acme Corp (sandbox seed " + seed + (plan == Plan.TEAM ? ", Team plan" : "") + ")");

        Generators g = new Generators(seed, size, workspaceId);
        Map<String, ResourceCollection> collections = new LinkedHashMap<>();
        put(collections, ResourceCollection.byId("sources", size.sources(), g.connections()::source, g.connections()::sourceId));
        put(collections, ResourceCollection.byId("destinations", size.destinations(), g.connections()::destination, i -> Ids.of(seed, "destination", i)));
        put(collections, ResourceCollection.byId("warehouses", size.warehouses(), g.connections()::warehouse, i -> Ids.of(seed, "warehouse", i)));
        put(collections, ResourceCollection.byId("tracking-plans", size.trackingPlans(), g.protocols()::trackingPlan, g.protocols()::trackingPlanId));
        put(collections, new ResourceCollection("labels", size.labels(), g.connections()::label, g.connections()::labelId, ConnectionsGenerator::labelId));
        put(collections, ResourceCollection.byId("users", size.users(), g.iam()::user, i -> Ids.of(seed, "user", i)));
        put(collections, ResourceCollection.byId("user-groups", size.userGroups(), g.iam()::userGroup, i -> Ids.of(seed, "user-group", i)));
        put(collections, ResourceCollection.byId("roles", IamGenerator.ROLES.length, g.iam()::role, g.iam()::roleId));
        put(collections, ResourceCollection.byId("functions", size.functions(), g.functions()::function, i -> "sfn_" + Ids.of(seed, "function", i)));
        put(collections, ResourceCollection.byId("transformations", size.sources() == 0 ? 0 : size.transformations(),
                g.protocols()::transformation, i -> Ids.of(seed, "transformation", i)));
        put(collections, ResourceCollection.byId("spaces", size.spaces(), g.engage()::space, i -> "spa_" + Ids.of(seed, "space", i)));
        put(collections, ResourceCollection.byId("reverse-etl-models", size.sources() == 0 ? 0 : size.reverseEtlModels(),
                g.reverseEtl()::model, i -> Ids.of(seed, "reverse-etl-model", i)));
        put(collections, ResourceCollection.byId("regulations", size.regulations(), g.governance()::regulation, i -> Ids.of(seed, "regulation", i)));
        put(collections, ResourceCollection.byId("credentials", size.credentials(), g.governance()::credential, i -> Ids.of(seed, "credential", i)));

        AuditTrail audit = new AuditTrail(seed, size.auditEvents(), new AuditTargets(g, size));
        return new Workspace(seed, size, identity, region, plan, g, collections, audit);
    }

    private static void put(Map<String, ResourceCollection> collections, ResourceCollection c) {
        collections.put(c.name(), c);
    }

    /** The generators of one workspace, sharing its seed and id. */
    record Generators(ConnectionsGenerator connections, ProtocolsGenerator protocols, ConnectionDetails details,
                      IamGenerator iam, FunctionsGenerator functions, GovernanceGenerator governance,
                      ReverseEtlGenerator reverseEtl, EngageGenerator engage, MetricsGenerator metrics) {
        Generators(long seed, WorkspaceSize size, String workspaceId) {
            this(seed, size, workspaceId, new ConnectionsGenerator(seed, size, workspaceId));
        }

        private Generators(long seed, WorkspaceSize size, String workspaceId, ConnectionsGenerator c) {
            this(c, new ProtocolsGenerator(seed, size, workspaceId, c), new ConnectionDetails(seed, size, workspaceId),
                    new IamGenerator(seed, size, workspaceId, c),
                    new FunctionsGenerator(seed, size, workspaceId, c, new IamGenerator(seed, size, workspaceId, c)),
                    new GovernanceGenerator(seed, size, workspaceId, c), new ReverseEtlGenerator(seed, size, workspaceId, c),
                    new EngageGenerator(seed, size, workspaceId), new MetricsGenerator(seed, size, workspaceId));
        }
    }

    /** Generated audit events name base resources only, by index, without generating them whole. */
    private record AuditTargets(Generators g, WorkspaceSize size) implements AuditTrail.Targets {
        @Override
        public int count(String resourceType) {
            switch (resourceType) {
                case "source": return size.sources();
                case "destination": return size.destinations();
                case "tracking_plan": return size.trackingPlans();
                case "warehouse": return size.warehouses();
                case "user": return size.users();
                default: return 0;
            }
        }

        @Override
        public AuditTrail.Target at(String resourceType, int i) {
            switch (resourceType) {
                case "source": return new AuditTrail.Target(g.connections().sourceId(i), g.connections().sourceName(i));
                case "destination": return new AuditTrail.Target(g.connections().id("destination", i), g.connections().destinationName(i));
                case "tracking_plan": return new AuditTrail.Target(g.protocols().trackingPlanId(i), g.protocols().trackingPlan(i).path("name").asText());
                case "warehouse": return new AuditTrail.Target(g.connections().id("warehouse", i), g.connections().warehouseName(i));
                default: return new AuditTrail.Target(g.iam().id("user", i), g.iam().userEmail(i));
            }
        }

        @Override
        public int actors() {
            return size.users();
        }

        @Override
        public String actor(int index) {
            return g.iam().userEmail(index);
        }
    }
}
