package io.segsync.sandbox.data;

import java.util.Locale;

/** How many of each resource a generated workspace holds. */
public record WorkspaceSize(
        int sources,
        int destinations,
        int warehouses,
        int trackingPlans,
        int rulesPerTrackingPlan,
        int labels,
        int users,
        int auditEvents) {

    public static final WorkspaceSize TINY = new WorkspaceSize(3, 5, 2, 2, 3, 4, 3, 12);
    public static final WorkspaceSize SMALL = new WorkspaceSize(20, 60, 3, 5, 20, 10, 15, 500);
    public static final WorkspaceSize MEDIUM = new WorkspaceSize(200, 800, 10, 30, 60, 40, 120, 20_000);
    public static final WorkspaceSize LARGE = new WorkspaceSize(2_000, 8_000, 40, 150, 120, 150, 1_000, 250_000);

    public WorkspaceSize {
        if (sources < 1 && destinations > 0) {
            throw new IllegalArgumentException("destinations need at least one source");
        }
        for (int n : new int[] {sources, destinations, warehouses, trackingPlans, rulesPerTrackingPlan, labels, users, auditEvents}) {
            if (n < 0) {
                throw new IllegalArgumentException("resource counts must not be negative");
            }
        }
    }

    /** Parses {@code tiny|small|medium|large}. */
    public static WorkspaceSize named(String name) {
        switch (name.toLowerCase(Locale.ROOT)) {
            case "tiny": return TINY;
            case "small": return SMALL;
            case "medium": return MEDIUM;
            case "large": return LARGE;
            default:
                throw new IllegalArgumentException(
                        "unknown workspace size '" + name + "': use tiny, small, medium or large");
        }
    }
}
