package io.segsync.sandbox.data;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The audit trail, newest first: events churn appended (newest) followed by the generated history,
 * which is never stored. Generated timestamps strictly decrease with the index, so time filters are
 * binary searches, not scans.
 */
public final class AuditTrail implements ResourceList {
    static final String[][] KINDS = {
        {"Source Created", "source"}, {"Source Modified", "source"}, {"Source Settings Modified", "source"},
        {"Destination Created", "destination"}, {"Destination Modified", "destination"}, {"Destination Enabled", "destination"},
        {"Tracking Plan Modified", "tracking_plan"}, {"Warehouse Modified", "warehouse"}, {"User Invited", "user"}
    };

    /** A resource an event can name; the generated history only names base resources. */
    public record Target(String id, String name) {}

    /** Where to draw generated events' targets from: per resource type, by base index. */
    public interface Targets {
        int count(String resourceType);

        Target at(String resourceType, int index);

        int actors();

        String actor(int index);
    }

    private final long seed;
    private final int baseSize;
    private final long stepMillis;
    private final Targets targets;
    private volatile List<ObjectNode> appended = List.of();

    AuditTrail(long seed, int baseSize, Targets targets) {
        this.seed = seed;
        this.baseSize = baseSize;
        this.targets = targets;
        this.stepMillis = Math.max(1_000L, 400L * 24 * 3600 * 1000 / Math.max(1, baseSize));
    }

    @Override
    public int size() {
        return appended.size() + baseSize;
    }

    public int generatedSize() {
        return baseSize;
    }

    @Override
    public ObjectNode get(int index) {
        List<ObjectNode> added = appended;
        if (index < added.size()) {
            return added.get(added.size() - 1 - index).deepCopy();
        }
        return generated(index - added.size());
    }

    /** Appends an event churn caused; its timestamp must be newer than every earlier one. */
    public synchronized void append(ObjectNode event) {
        List<ObjectNode> next = new ArrayList<>(appended);
        next.add(event.deepCopy());
        appended = List.copyOf(next);
    }

    public Instant newest() {
        List<ObjectNode> added = appended;
        if (!added.isEmpty()) {
            return Instant.parse(added.get(added.size() - 1).path("timestamp").asText());
        }
        return WorkspaceGenerator.EPOCH;
    }

    private ObjectNode generated(int i) {
        SplittableRandom r = Ids.randomFor(seed, "audit-event", i);
        String[] kind = KINDS[r.nextInt(KINDS.length)];
        int pool = targets.count(kind[1]);
        if (pool == 0) {
            kind = KINDS[0];
            pool = targets.count("source");
        }
        ObjectNode e = Gen.obj();
        e.put("id", Ids.of(seed, "audit-event", i));
        e.put("timestamp", Gen.iso(WorkspaceGenerator.EPOCH.minusMillis(i * stepMillis + r.nextInt(1000))));
        e.put("type", kind[0]);
        int actors = targets.actors();
        int pick = r.nextInt(Math.max(1, pool));
        e.put("actor", actors == 0 ? "api-token" : targets.actor(r.nextInt(actors)));
        Target target = pool == 0 ? new Target("none", "none") : targets.at(kind[1], pick);
        e.put("resourceId", target.id());
        e.put("resourceType", kind[1]);
        e.put("resourceName", target.name());
        return e;
    }

    /** The first position whose timestamp is at or before {@code time} (newest first ordering). */
    public int firstAtOrBefore(Instant time) {
        int lo = 0;
        int hi = size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (Instant.parse(get(mid).path("timestamp").asText()).isAfter(time)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The first position whose timestamp is before {@code time}. */
    public int firstBefore(Instant time) {
        int lo = 0;
        int hi = size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (!Instant.parse(get(mid).path("timestamp").asText()).isBefore(time)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
