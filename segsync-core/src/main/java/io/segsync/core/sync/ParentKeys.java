package io.segsync.core.sync;

import io.segsync.core.catalog.StreamDefinition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The keys of parent rows read in this run. Children read only these, so a child never reads a
 * parent that is not in this run's snapshot. Only ids are kept, never whole records.
 */
final class ParentKeys {
    private final Set<String> needed = new java.util.HashSet<>();
    private final Map<String, Set<String>> keys = new HashMap<>();

    ParentKeys(List<StreamDefinition> plan) {
        plan.forEach(d -> d.parent().ifPresent(p -> needed.add(p.parentStream())));
    }

    boolean isNeeded(String stream) {
        return needed.contains(stream);
    }

    void add(String stream, String key) {
        keys.computeIfAbsent(stream, s -> new LinkedHashSet<>()).add(key);
    }

    List<String> of(String stream) {
        return new ArrayList<>(keys.getOrDefault(stream, Set.of()));
    }
}
