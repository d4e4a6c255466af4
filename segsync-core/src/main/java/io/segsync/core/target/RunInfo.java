package io.segsync.core.target;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The run a target session writes for; its id is the change tables' transaction id. */
public record RunInfo(String runId, OffsetDateTime startedAt, String namespace) {
    public static RunInfo start(String namespace) {
        return new RunInfo(UUID.randomUUID().toString(), OffsetDateTime.now(java.time.ZoneOffset.UTC), namespace);
    }
}
