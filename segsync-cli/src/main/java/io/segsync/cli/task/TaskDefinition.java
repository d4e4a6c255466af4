package io.segsync.cli.task;

import io.segsync.core.sync.UpdateMethod;
import java.util.List;

/**
 * A task: a connection, a target, the selected streams (empty: all) and an update method.
 *
 * @param firstRunAt when the task first ran; from then on its method is fixed, or null
 */
public record TaskDefinition(String name, String connection, String target, List<String> streams, UpdateMethod method,
                             boolean changeTables, String createdAt, String firstRunAt) {
    public TaskDefinition {
        streams = List.copyOf(streams);
    }

    public boolean hasRun() {
        return firstRunAt != null;
    }

    public TaskDefinition ranAt(String when) {
        return hasRun() ? this : new TaskDefinition(name, connection, target, streams, method, changeTables, createdAt, when);
    }
}
