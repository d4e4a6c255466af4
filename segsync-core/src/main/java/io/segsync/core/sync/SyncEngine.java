package io.segsync.core.sync;

import com.fasterxml.jackson.databind.JsonNode;
import io.segsync.api.SegmentClient;
import io.segsync.core.catalog.StreamDefinition;
import io.segsync.core.catalog.StreamKind;
import io.segsync.core.record.RowMapper;
import io.segsync.core.record.TableSchema;
import io.segsync.core.target.RunInfo;
import io.segsync.core.target.Target;
import io.segsync.core.target.TargetSession;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a task once: checks the target and the token before writing anything, then brings each planned
 * stream (parents first) up to date with the strategy its update method and kind call for.
 */
public final class SyncEngine {
    private final SegmentClient client;
    private final Target target;
    private final SyncOptions options;
    private final SyncListener listener;

    public SyncEngine(SegmentClient client, Target target, SyncOptions options, SyncListener listener) {
        this.client = client;
        this.target = target;
        this.options = options;
        this.listener = listener;
    }

    public RunResult run(List<StreamDefinition> plan) {
        long started = System.nanoTime();
        target.validate();
        // Authenticate before the target is opened, so a rejected key writes nothing.
        JsonNode workspace = client.workspace();
        RunInfo run = RunInfo.start(options.namespace());
        StreamReader reader = new StreamReader(client, new ParentKeys(plan));
        List<StreamResult> results = new ArrayList<>();
        try (TargetSession session = target.open(run)) {
            try {
                ChangeSequence sequence = new ChangeSequence(session.lastChangeSeq());
                for (StreamDefinition stream : plan) {
                    listener.streamStarted(stream.name());
                    TableSchema schema = TableSchema.of(stream).mergedWith(session.existingColumns(stream.name()));
                    RowMapper mapper = new RowMapper(schema, options.includeSecrets(), run.startedAt());
                    StreamRun streamRun = new StreamRun(stream, schema, mapper, run, session, reader, sequence, options, listener);
                    StreamResult result = strategyFor(stream).run(streamRun);
                    listener.streamFinished(result);
                    results.add(result);
                }
                session.commit();
            } catch (RuntimeException e) {
                session.abort();
                throw e;
            }
        }
        return new RunResult(run.runId(), workspace.path("name").asText(), results, Duration.ofNanos(System.nanoTime() - started));
    }

    private UpdateStrategy strategyFor(StreamDefinition stream) {
        switch (options.method()) {
            case FULL_LOAD:
                return new FullLoadStrategy();
            case RELOAD_COMPARE:
                return new SnapshotDiffStrategy();
            case CDC:
                return stream.kind() == StreamKind.APPEND_ONLY ? new WatermarkStrategy() : new SnapshotDiffStrategy();
            default:
                throw new IllegalStateException("unknown method " + options.method());
        }
    }
}
