package io.segsync.api.ops;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The registry of every read operation the client knows. The definitions live in the area classes;
 * this class collects their {@code ALL} lists (a definition missing from one fails OperationsNotesTest) and keeps the short names the sync engine uses.
 */
public final class Operations {
    public static final Operation GET_WORKSPACE = ConnectionOps.GET_WORKSPACE;
    public static final Operation LIST_SOURCES = ConnectionOps.LIST_SOURCES;
    public static final Operation LIST_DESTINATIONS = ConnectionOps.LIST_DESTINATIONS;
    public static final Operation LIST_WAREHOUSES = ConnectionOps.LIST_WAREHOUSES;
    public static final Operation LIST_TRACKING_PLANS = ProtocolsOps.LIST_TRACKING_PLANS;
    public static final Operation LIST_RULES_FROM_TRACKING_PLAN = ProtocolsOps.LIST_RULES_FROM_TRACKING_PLAN;
    public static final Operation LIST_LABELS = AccessOps.LIST_LABELS;
    public static final Operation LIST_USERS = AccessOps.LIST_USERS;
    public static final Operation LIST_AUDIT_EVENTS = AccessOps.LIST_AUDIT_EVENTS;

    private static final List<Operation> ALL = collect();
    private static final Map<String, Operation> BY_ID = index(ALL);

    private Operations() {}

    /** Every operation, ordered by area (as NOTES.md §2 orders them) and then by id. */
    public static List<Operation> all() {
        return ALL;
    }

    public static Optional<Operation> byId(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    private static List<Operation> collect() {
        List<Operation> ops = new ArrayList<>();
        ops.addAll(ConnectionOps.ALL);
        ops.addAll(ProtocolsOps.ALL);
        ops.addAll(AccessOps.ALL);
        ops.addAll(MonitoringOps.ALL);
        ops.addAll(EngageOps.ALL);
        ops.sort(Comparator.comparing((Operation op) -> op.area().ordinal()).thenComparing(Operation::id));
        return List.copyOf(ops);
    }

    private static Map<String, Operation> index(List<Operation> ops) {
        Map<String, Operation> byId = new LinkedHashMap<>();
        for (Operation op : ops) {
            if (byId.put(op.id(), op) != null) {
                throw new IllegalStateException("operation " + op.id() + " is defined twice");
            }
        }
        return Map.copyOf(byId);
    }
}
