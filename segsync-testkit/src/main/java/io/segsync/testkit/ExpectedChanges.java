package io.segsync.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segsync.core.sync.SyncOptions;
import io.segsync.core.sync.UpdateMethod;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The changes a sync must apply and record between two snapshots of the sandbox, computed from the
 * records themselves, independently of how segsync maps them.
 *
 * @param live keys that must be live (not soft-deleted) afterwards
 */
public record ExpectedChanges(Set<String> inserted, Set<String> updated, Set<String> deleted, Set<String> live) {

    /** Per stream, for {@link WorkspaceRecords#byStream} snapshots taken before and after. */
    public static Map<String, ExpectedChanges> between(Map<String, Map<String, ObjectNode>> a,
                                                       Map<String, Map<String, ObjectNode>> b, UpdateMethod method) {
        Map<String, ExpectedChanges> out = new HashMap<>();
        for (String stream : b.keySet()) {
            Set<String> inserted = new HashSet<>(b.get(stream).keySet());
            inserted.removeAll(a.get(stream).keySet());
            Set<String> deleted = new HashSet<>(a.get(stream).keySet());
            deleted.removeAll(b.get(stream).keySet());
            Set<String> updated = new HashSet<>();
            b.get(stream).forEach((key, record) -> {
                ObjectNode old = a.get(stream).get(key);
                if (old != null && !old.equals(record)) {
                    updated.add(key);
                }
            });
            Set<String> live = new HashSet<>(b.get(stream).keySet());
            if (method == UpdateMethod.CDC && stream.equals("audit_events")) {
                // CDC reads the audit trail from its watermark (the newest event landed) minus the
                // overlap: only events in that window are compared; older history is not re-read, and
                // the append-only trail is never deleted from.
                Instant start = a.get(stream).values().stream().map(e -> Instant.parse(e.get("timestamp").asText()))
                        .max(Comparator.naturalOrder()).orElse(Instant.EPOCH).minus(SyncOptions.DEFAULT_OVERLAP);
                Set<String> read = new HashSet<>();
                b.get(stream).forEach((id, e) -> {
                    if (!Instant.parse(e.get("timestamp").asText()).isBefore(start)) {
                        read.add(id);
                    }
                });
                inserted.retainAll(read);
                updated.retainAll(read);
                deleted = new HashSet<>();
                live = new HashSet<>(a.get(stream).keySet());
                live.addAll(read);
            }
            out.put(stream, new ExpectedChanges(inserted, updated, deleted, live));
        }
        return out;
    }
}
