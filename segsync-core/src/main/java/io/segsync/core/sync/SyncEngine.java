package io.segsync.core.sync;

import com.fasterxml.jackson.databind.JsonNode;
import io.segsync.api.SegmentClient;
import io.segsync.api.error.SegmentApiException;
import io.segsync.core.catalog.ReadScope;
import io.segsync.core.catalog.StreamDefinition;
import io.segsync.core.catalog.StreamKind;
import io.segsync.core.record.RowMapper;
import io.segsync.core.record.TableSchema;
import io.segsync.core.target.RunInfo;
import io.segsync.core.target.Target;
import io.segsync.core.target.TargetSession;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a task once: checks the target and the token before writing anything, then brings each planned
 * stream (parents first) up to date with the strategy its update method and kind call for.
 *
 * <p>Streams are isolated: one that the API refuses (401/403/404: plan, role, feature) or that keeps
 * failing is skipped with its reason, as are its children, and the others land; the run is then
 * {@link RunStatus#PARTIAL}. A skipped full-load stream keeps its previous table; a skipped CDC stream
 * keeps what it checkpointed and continues from there next time. A target failure ends the run.
 */
public final class SyncEngine {
    private static final Logger LOG = LoggerFactory.getLogger(SyncEngine.class);
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
        StreamReader reader = new StreamReader(client, new ParentKeys(plan),
                new ReadScope(run.startedAt().toInstant(), options.usageMonths(), false));
        List<StreamResult> results = new ArrayList<>();
        List<SkippedStream> skipped = new ArrayList<>();
        Set<String> skippedNames = new HashSet<>();
        try (TargetSession session = target.open(run)) {
            try {
                ChangeSequence sequence = new ChangeSequence(session.lastChangeSeq());
                for (StreamDefinition stream : plan) {
                    Optional<String> skippedParent = stream.parentStreams().stream().filter(skippedNames::contains).findFirst();
                    if (skippedParent.isPresent()) {
                        skip(new SkippedStream(stream.name(), "its parent stream " + skippedParent.get() + " was skipped"), skipped, skippedNames);
                        continue;
                    }
                    listener.streamStarted(stream.name());
                    TableSchema schema = TableSchema.of(stream).mergedWith(session.existingColumns(stream.name()));
                    RowMapper mapper = new RowMapper(schema, options.includeSecrets(), run.startedAt());
                    StreamRun streamRun = new StreamRun(stream, schema, mapper, run, session, reader, sequence, options, listener);
                    try {
                        StreamResult result = strategyFor(stream).run(streamRun);
                        listener.streamFinished(result);
                        results.add(result);
                    } catch (SegmentApiException | Reconciliation.ReconciliationException e) {
                        LOG.warn("{}: skipped: {}", stream.name(), e.getMessage());
                        if (options.method() == UpdateMethod.FULL_LOAD) {
                            session.discard(stream.name());
                        }
                        skip(new SkippedStream(stream.name(), e.getMessage()), skipped, skippedNames);
                    }
                }
                session.commit();
            } catch (RuntimeException e) {
                session.abort();
                throw e;
            }
        }
        return new RunResult(run.runId(), workspace.path("name").asText(), results, skipped,
                Duration.ofNanos(System.nanoTime() - started));
    }

    private void skip(SkippedStream s, List<SkippedStream> skipped, Set<String> skippedNames) {
        skipped.add(s);
        skippedNames.add(s.stream());
        listener.streamSkipped(s);
    }

    private UpdateStrategy strategyFor(StreamDefinition stream) {
        switch (options.method()) {
            case FULL_LOAD:
                return new FullLoadStrategy();
            case RELOAD_COMPARE:
                return stream.kind() == StreamKind.WINDOWED ? new WindowedStrategy(true) : new SnapshotDiffStrategy();
            case CDC:
                return switch (stream.kind()) {
                    case APPEND_ONLY -> new WatermarkStrategy();
                    case WINDOWED -> new WindowedStrategy(false);
                    case SNAPSHOT -> new SnapshotDiffStrategy();
                };
            default:
                throw new IllegalStateException("unknown method " + options.method());
        }
    }
}
