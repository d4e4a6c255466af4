package io.segsync.core.sync;

import java.time.Duration;
import java.util.List;

/** The outcome of a run that committed. */
public record RunResult(String runId, String workspaceName, List<StreamResult> streams, Duration elapsed) {
    public RunResult {
        streams = List.copyOf(streams);
    }

    public long totalRows() {
        return streams.stream().mapToLong(StreamResult::rows).sum();
    }
}
