package io.segsync.core.sync;

import java.time.Duration;
import java.util.List;

/** The outcome of a run that committed: the streams that landed and the ones skipped, with reasons. */
public record RunResult(String runId, String workspaceName, List<StreamResult> streams, List<SkippedStream> skipped,
                        Duration elapsed) {
    public RunResult {
        streams = List.copyOf(streams);
        skipped = List.copyOf(skipped);
    }

    /** A run where every stream landed. */
    public RunResult(String runId, String workspaceName, List<StreamResult> streams, Duration elapsed) {
        this(runId, workspaceName, streams, List.of(), elapsed);
    }

    public RunStatus status() {
        return skipped.isEmpty() ? RunStatus.SUCCEEDED : RunStatus.PARTIAL;
    }

    public long totalRows() {
        return streams.stream().mapToLong(StreamResult::rows).sum();
    }
}
