package io.segsync.sandbox.churn;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segsync.sandbox.data.Ids;
import io.segsync.sandbox.data.ResourceCollection;
import io.segsync.sandbox.data.Workspace;
import io.segsync.sandbox.data.WorkspaceGenerator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Changes a workspace the way its users would, for CDC tests: creates, updates and deletes sources,
 * destinations, warehouses, tracking plans and users, and appends the matching audit events. Step
 * {@code k} depends only on the seed, {@code k} and the state the earlier steps left, so the same seed
 * and the same number of steps always give the same workspace.
 */
public final class Churn {
    private static final String[][] TARGETS = {
        {"sources", "source", "Source"}, {"destinations", "destination", "Destination"},
        {"warehouses", "warehouse", "Warehouse"}, {"tracking-plans", "tracking_plan", "Tracking Plan"},
        {"users", "user", "User"}
    };

    private final Workspace workspace;
    private final long seed;
    private long step;
    /** Events recorded in the current step: ids and timestamps must not depend on how steps are batched. */
    private int sequence;

    public Churn(Workspace workspace, long seed) {
        this.workspace = workspace;
        this.seed = seed;
    }

    public synchronized long steps() {
        return step;
    }

    /** Applies {@code n} more steps; returns what they changed, in order. */
    public synchronized List<Change> apply(int n) {
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            applyStep(step++, changes);
        }
        return changes;
    }

    private void applyStep(long k, List<Change> changes) {
        sequence = 0;
        SplittableRandom r = Ids.randomFor(seed, "churn", k);
        String[] target = TARGETS[r.nextInt(TARGETS.length)];
        ResourceCollection c = workspace.resources(target[0]);
        int roll = r.nextInt(10);
        if (c.size() == 0 || roll < 3) {
            create(k, r, target, c, changes);
        } else if (roll < 8 || c.size() <= 1) {
            update(k, r, target, c, changes);
        } else {
            delete(k, target, c, c.idAt(r.nextInt(c.size())), changes);
        }
    }

    private void create(long k, SplittableRandom r, String[] target, ResourceCollection c, List<Change> changes) {
        if (target[0].equals("destinations") && workspace.resources("sources").size() == 0) {
            return;
        }
        // Indexes past the base give ids no base resource has.
        ObjectNode node = c.generate(c.baseSize() + (int) k + 1);
        if (target[0].equals("destinations")) {
            ResourceCollection sources = workspace.resources("sources");
            String sourceId = sources.idAt(r.nextInt(sources.size()));
            node.put("sourceId", sourceId);
        }
        c.create(node);
        record(k, changes, Change.Operation.CREATE, target, node, " Created");
    }

    private void update(long k, SplittableRandom r, String[] target, ResourceCollection c, List<Change> changes) {
        ObjectNode node = c.get(r.nextInt(c.size()));
        String id = node.path("id").asText();
        switch (target[0]) {
            case "warehouses":
                ((ObjectNode) node.path("settings")).put("name", node.path("settings").path("name").asText() + " (edited " + k + ")");
                node.put("enabled", !node.path("enabled").asBoolean());
                break;
            case "users":
                node.put("name", node.path("name").asText() + " " + k);
                break;
            case "tracking-plans":
                node.put("description", "Edited by churn step " + k);
                node.put("updatedAt", timestamp(k, 0).toString());
                break;
            default:
                node.put("name", node.path("name").asText() + " (edited " + k + ")");
                node.put("enabled", !node.path("enabled").asBoolean());
        }
        c.update(id, node);
        record(k, changes, Change.Operation.UPDATE, target, node, " Modified");
    }

    private void delete(long k, String[] target, ResourceCollection c, String id, List<Change> changes) {
        ObjectNode node = c.find(id).orElseThrow().node();
        if (target[0].equals("sources")) {
            // Segment deletes a source's destinations with it; their audit events come first.
            ResourceCollection destinations = workspace.resources("destinations");
            List<ObjectNode> connected = new ArrayList<>();
            for (int p : workspace.destinationPositionsOf(id)) {
                connected.add(destinations.get(p));
            }
            for (ObjectNode d : connected) {
                destinations.delete(d.path("id").asText());
                record(k, changes, Change.Operation.DELETE, TARGETS[1], d, " Deleted");
            }
        }
        c.delete(id);
        record(k, changes, Change.Operation.DELETE, target, node, " Deleted");
    }

    private void record(long k, List<Change> changes, Change.Operation op, String[] target, ObjectNode node, String verb) {
        String id = node.path("id").asText();
        changes.add(new Change(k, op, target[0], id));
        ObjectNode event = node.objectNode();
        sequence++;
        event.put("id", Ids.of(seed, "churn-event", k * 100_000 + sequence));
        event.put("timestamp", timestamp(k, sequence).toString());
        event.put("type", target[2] + verb);
        ResourceCollection users = workspace.resources("users");
        event.put("actor", users.size() == 0 ? "api-token" : users.get((int) (k % users.size())).path("email").asText());
        event.put("resourceId", id);
        event.put("resourceType", target[1]);
        String name = target[0].equals("warehouses") ? node.path("settings").path("name").asText()
                : target[0].equals("users") ? node.path("email").asText() : node.path("name").asText();
        event.put("resourceName", name);
        workspace.auditTrail().append(event);
    }

    /** Churn events are newer than the generated history: step k happens k+1 minutes after the epoch. */
    private static Instant timestamp(long k, int sequence) {
        return WorkspaceGenerator.EPOCH.plusSeconds(60 * (k + 1)).plusMillis(sequence);
    }
}
