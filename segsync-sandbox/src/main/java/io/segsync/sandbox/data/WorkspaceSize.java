package io.segsync.sandbox.data;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How many of each resource a generated workspace holds. Children that hang off a parent (filters,
 * subscriptions, syncs, schedules, ...) follow from these counts and the seed.
 *
 * <p>Parse with {@link #parse(String)}: a preset ({@code tiny|small|medium|large}), explicit counts
 * ({@code sources=5000,destinations=20000,audit-events=1000000}, on top of {@code small}), or both
 * ({@code large,audit-events=1000000}). The keys are those of {@link #asMap()}.
 */
public record WorkspaceSize(
        int sources,
        int destinations,
        int warehouses,
        int trackingPlans,
        int rulesPerTrackingPlan,
        int labels,
        int users,
        int auditEvents,
        int userGroups,
        int functions,
        int transformations,
        int spaces,
        int audiencesPerSpace,
        int computedTraitsPerSpace,
        int reverseEtlModels,
        int regulations,
        int credentials) {

    public static final WorkspaceSize TINY = new WorkspaceSize(3, 5, 2, 2, 3, 4, 3, 12, 2, 2, 2, 1, 2, 2, 2, 2, 1);
    public static final WorkspaceSize SMALL = new WorkspaceSize(20, 60, 3, 5, 20, 10, 15, 500, 4, 6, 8, 2, 6, 5, 4, 10, 3);
    public static final WorkspaceSize MEDIUM = new WorkspaceSize(200, 800, 10, 30, 60, 40, 120, 20_000, 15, 30, 60, 4, 40, 30, 25, 200, 10);
    public static final WorkspaceSize LARGE = new WorkspaceSize(2_000, 8_000, 40, 150, 120, 150, 1_000, 250_000, 60, 120, 400, 8, 150, 100, 100, 2_000, 40);

    public WorkspaceSize {
        if (sources < 1 && destinations > 0) {
            throw new IllegalArgumentException("destinations need at least one source");
        }
        for (int n : new int[] {sources, destinations, warehouses, trackingPlans, rulesPerTrackingPlan, labels, users,
                auditEvents, userGroups, functions, transformations, spaces, audiencesPerSpace, computedTraitsPerSpace,
                reverseEtlModels, regulations, credentials}) {
            if (n < 0) {
                throw new IllegalArgumentException("resource counts must not be negative");
            }
        }
    }

    /** The original eight counts; the newer collections scale with the number of sources. */
    public WorkspaceSize(int sources, int destinations, int warehouses, int trackingPlans, int rulesPerTrackingPlan,
                         int labels, int users, int auditEvents) {
        this(sources, destinations, warehouses, trackingPlans, rulesPerTrackingPlan, labels, users, auditEvents,
                Math.max(1, users / 4), Math.max(1, sources / 4), Math.max(1, sources / 3), Math.min(8, Math.max(1, sources / 200)),
                Math.max(1, Math.min(150, sources / 3)), Math.max(1, Math.min(100, sources / 4)), Math.max(1, sources / 5),
                Math.max(1, sources / 2), Math.max(1, warehouses));
    }

    /** Parses {@code tiny|small|medium|large}. */
    public static WorkspaceSize named(String name) {
        switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "tiny": return TINY;
            case "small": return SMALL;
            case "medium": return MEDIUM;
            case "large": return LARGE;
            default:
                throw new IllegalArgumentException(
                        "unknown workspace size '" + name + "': use tiny, small, medium or large, or counts like sources=5000,audit-events=1000000");
        }
    }

    /** Parses a preset, explicit counts on top of {@code small}, or a preset followed by counts. */
    public static WorkspaceSize parse(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("empty workspace size: use tiny, small, medium, large or counts like sources=5000");
        }
        String[] parts = spec.split(",");
        int start = 0;
        WorkspaceSize size = SMALL;
        if (!parts[0].contains("=")) {
            size = named(parts[0]);
            start = 1;
        }
        Map<String, Integer> counts = size.asMap();
        for (int i = start; i < parts.length; i++) {
            String part = parts[i].trim();
            int eq = part.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("'" + part + "' is not KEY=COUNT; keys: " + String.join(", ", counts.keySet()));
            }
            String key = part.substring(0, eq).trim().toLowerCase(Locale.ROOT);
            if (!counts.containsKey(key)) {
                throw new IllegalArgumentException("unknown count '" + key + "'; keys: " + String.join(", ", counts.keySet()));
            }
            try {
                long value = Long.parseLong(part.substring(eq + 1).trim().replace("_", ""));
                if (value < 0 || value > 100_000_000L) {
                    throw new NumberFormatException();
                }
                counts.put(key, (int) value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("count '" + part + "' must be a whole number from 0 to 100000000");
            }
        }
        return fromMap(counts);
    }

    /** The counts by their size-spec keys, in declaration order. */
    public Map<String, Integer> asMap() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("sources", sources);
        m.put("destinations", destinations);
        m.put("warehouses", warehouses);
        m.put("tracking-plans", trackingPlans);
        m.put("rules-per-tracking-plan", rulesPerTrackingPlan);
        m.put("labels", labels);
        m.put("users", users);
        m.put("audit-events", auditEvents);
        m.put("user-groups", userGroups);
        m.put("functions", functions);
        m.put("transformations", transformations);
        m.put("spaces", spaces);
        m.put("audiences-per-space", audiencesPerSpace);
        m.put("computed-traits-per-space", computedTraitsPerSpace);
        m.put("reverse-etl-models", reverseEtlModels);
        m.put("regulations", regulations);
        m.put("credentials", credentials);
        return m;
    }

    private static WorkspaceSize fromMap(Map<String, Integer> m) {
        return new WorkspaceSize(m.get("sources"), m.get("destinations"), m.get("warehouses"), m.get("tracking-plans"),
                m.get("rules-per-tracking-plan"), m.get("labels"), m.get("users"), m.get("audit-events"),
                m.get("user-groups"), m.get("functions"), m.get("transformations"), m.get("spaces"),
                m.get("audiences-per-space"), m.get("computed-traits-per-space"), m.get("reverse-etl-models"),
                m.get("regulations"), m.get("credentials"));
    }
}
