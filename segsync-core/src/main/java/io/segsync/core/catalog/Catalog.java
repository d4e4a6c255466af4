package io.segsync.core.catalog;

import static io.segsync.core.catalog.ColumnType.BOOLEAN;
import static io.segsync.core.catalog.ColumnType.DOUBLE;
import static io.segsync.core.catalog.ColumnType.JSON;
import static io.segsync.core.catalog.ColumnType.STRING;
import static io.segsync.core.catalog.ColumnType.TIMESTAMP;

import io.segsync.api.ops.Operations;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Every stream segsync can land, parents before children. */
public final class Catalog {
    private final List<StreamDefinition> streams;

    private Catalog(List<StreamDefinition> streams) {
        this.streams = List.copyOf(streams);
    }

    public static Catalog standard() {
        List<StreamDefinition> s = new ArrayList<>();
        s.add(new StreamDefinition("sources", Operations.LIST_SOURCES, Optional.empty(), List.of(
                Column.of("id", STRING), Column.of("slug", STRING), Column.of("name", STRING),
                Column.of("workspaceId", STRING), Column.of("enabled", BOOLEAN),
                Column.secret("writeKeys", JSON), Column.of("metadata", JSON),
                Column.secret("settings", JSON), Column.of("labels", JSON)),
                List.of("id")));
        s.add(new StreamDefinition("destinations", Operations.LIST_DESTINATIONS, Optional.empty(), List.of(
                Column.of("id", STRING), Column.of("name", STRING), Column.of("enabled", BOOLEAN),
                Column.of("sourceId", STRING), Column.of("metadata", JSON), Column.secret("settings", JSON)),
                List.of("id")));
        s.add(new StreamDefinition("warehouses", Operations.LIST_WAREHOUSES, Optional.empty(), List.of(
                Column.of("id", STRING), Column.of("workspaceId", STRING), Column.of("enabled", BOOLEAN),
                Column.of("metadata", JSON), Column.secret("settings", JSON)),
                List.of("id")));
        s.add(new StreamDefinition("tracking_plans", Operations.LIST_TRACKING_PLANS, Optional.empty(), List.of(
                Column.of("id", STRING), Column.of("name", STRING), Column.of("slug", STRING),
                Column.of("description", STRING), Column.of("type", STRING),
                Column.of("createdAt", TIMESTAMP), Column.of("updatedAt", TIMESTAMP)),
                List.of("id")));
        s.add(new StreamDefinition("tracking_plan_rules", Operations.LIST_RULES_FROM_TRACKING_PLAN,
                Optional.of(new ParentBinding("tracking_plans", "id", "trackingPlanId", "tracking_plan_id")), List.of(
                Column.of("type", STRING), Column.of("key", STRING), Column.of("version", DOUBLE),
                Column.of("jsonSchema", JSON), Column.of("createdAt", TIMESTAMP),
                Column.of("updatedAt", TIMESTAMP), Column.of("deprecatedAt", TIMESTAMP)),
                List.of("tracking_plan_id", "type", "key")));
        s.add(new StreamDefinition("labels", Operations.LIST_LABELS, Optional.empty(), List.of(
                Column.of("key", STRING), Column.of("value", STRING), Column.of("description", STRING)),
                List.of("key", "value")));
        s.add(new StreamDefinition("users", Operations.LIST_USERS, Optional.empty(), List.of(
                Column.of("id", STRING), Column.of("name", STRING), Column.of("email", STRING),
                Column.of("permissions", JSON)),
                List.of("id")));
        s.add(new StreamDefinition("audit_events", Operations.LIST_AUDIT_EVENTS, Optional.empty(), List.of(
                Column.of("id", STRING), Column.of("timestamp", TIMESTAMP), Column.of("type", STRING),
                Column.of("actor", STRING), Column.of("actorEmail", STRING), Column.of("resourceId", STRING),
                Column.of("resourceType", STRING), Column.of("resourceName", STRING)),
                List.of("id"), StreamKind.APPEND_ONLY, "timestamp"));
        return new Catalog(s);
    }

    public List<StreamDefinition> streams() {
        return streams;
    }

    public Optional<StreamDefinition> stream(String name) {
        return streams.stream().filter(d -> d.name().equals(name)).findFirst();
    }

    /**
     * The streams to run for a selection, in dependency order: a selected child brings its parent
     * along, because the child reads only parents present in this run.
     */
    public List<StreamDefinition> plan(Set<String> selection) {
        Set<String> wanted = new LinkedHashSet<>();
        for (String name : selection) {
            StreamDefinition d = stream(name).orElseThrow(() -> new IllegalArgumentException(
                    "unknown stream '" + name + "': run 'segsync metadata <connection>' to list the streams"));
            wanted.add(d.name());
            Optional<ParentBinding> parent = d.parent();
            while (parent.isPresent()) {
                wanted.add(parent.get().parentStream());
                parent = stream(parent.get().parentStream()).flatMap(StreamDefinition::parent);
            }
        }
        return streams.stream().filter(d -> wanted.contains(d.name())).toList();
    }
}
