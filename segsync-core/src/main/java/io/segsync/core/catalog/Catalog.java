package io.segsync.core.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every stream segsync can land, parents before children. The definitions live by API area in
 * {@link ConnectionStreams}, {@link ProtocolsStreams}, {@link AccessStreams}, {@link MonitoringStreams}
 * and {@link EngageStreams}; this class orders, checks and selects them.
 */
public final class Catalog {
    /**
     * The eight streams of the first release: configuration plus the audit trail. The target modules'
     * tests and the crash test sync exactly these, so their expectations do not move with the catalog.
     */
    public static final List<String> CORE_STREAMS = List.of("sources", "destinations", "warehouses", "tracking_plans",
            "tracking_plan_rules", "labels", "users", "audit_events");

    private final List<StreamDefinition> streams;

    private Catalog(List<StreamDefinition> streams) {
        Set<String> seen = new HashSet<>();
        for (StreamDefinition d : streams) {
            for (String parent : d.parentStreams()) {
                if (!seen.contains(parent)) {
                    throw new IllegalArgumentException(d.name() + ": parent " + parent + " must come before it");
                }
            }
            if (!seen.add(d.name())) {
                throw new IllegalArgumentException("two streams named " + d.name());
            }
        }
        this.streams = List.copyOf(streams);
    }

    /** Every readable dataset of the Public API: what a sync lands by default. */
    public static Catalog all() {
        List<StreamDefinition> s = new ArrayList<>();
        s.addAll(ConnectionStreams.all());
        s.addAll(ProtocolsStreams.all());
        s.addAll(AccessStreams.all());
        s.addAll(MonitoringStreams.all());
        s.addAll(EngageStreams.all());
        return new Catalog(s);
    }

    /** The {@link #CORE_STREAMS}, as defined in {@link #all()}. */
    public static Catalog standard() {
        Catalog all = all();
        return new Catalog(all.streams.stream().filter(d -> CORE_STREAMS.contains(d.name())).toList());
    }

    public List<StreamDefinition> streams() {
        return streams;
    }

    public Optional<StreamDefinition> stream(String name) {
        return streams.stream().filter(d -> d.name().equals(name)).findFirst();
    }

    /**
     * The streams to run for a selection, in dependency order: a selected child brings its parents
     * along, because the child reads only parents present in this run.
     */
    public List<StreamDefinition> plan(Set<String> selection) {
        Set<String> wanted = new LinkedHashSet<>();
        List<String> todo = new ArrayList<>();
        for (String name : selection) {
            StreamDefinition d = stream(name).orElseThrow(() -> new IllegalArgumentException(
                    "unknown stream '" + name + "': run 'segsync metadata <connection>' to list the streams"));
            todo.add(d.name());
        }
        while (!todo.isEmpty()) {
            String name = todo.remove(todo.size() - 1);
            if (wanted.add(name)) {
                stream(name).ifPresent(d -> todo.addAll(d.parentStreams()));
            }
        }
        return streams.stream().filter(d -> wanted.contains(d.name())).toList();
    }
}
