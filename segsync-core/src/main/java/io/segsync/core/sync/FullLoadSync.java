package io.segsync.core.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segsync.api.SegmentClient;
import io.segsync.api.error.PermissionDeniedException;
import io.segsync.api.error.ResourceNotFoundException;
import io.segsync.api.error.SegmentApiException;
import io.segsync.core.catalog.ParentBinding;
import io.segsync.core.catalog.StreamDefinition;
import io.segsync.core.record.RowMapper;
import io.segsync.core.record.TableSchema;
import io.segsync.core.target.RunInfo;
import io.segsync.core.target.StreamLoader;
import io.segsync.core.target.Target;
import io.segsync.core.target.TargetSession;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A full load: every planned stream is read whole into staging, and all are published together, so a
 * run that fails anywhere leaves the previous tables untouched.
 *
 * <p>One exception: a stream whose first request is refused with 403 (the plan or role lacks it) or 404
 * (the feature is not enabled) is skipped with its reason, as are its children, and the others land;
 * the run is then {@link RunStatus#PARTIAL}. A refusal after rows were read still fails the run, because
 * a half-read stream must not be published.
 */
public final class FullLoadSync {
    private static final Logger LOG = LoggerFactory.getLogger(FullLoadSync.class);

    private final SegmentClient client;
    private final Target target;
    private final SyncOptions options;
    private final SyncListener listener;

    public FullLoadSync(SegmentClient client, Target target, SyncOptions options, SyncListener listener) {
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
        Set<String> parentsNeeded = new HashSet<>();
        plan.forEach(d -> d.parent().ifPresent(p -> parentsNeeded.add(p.parentStream())));
        Map<String, List<String>> parentKeys = new HashMap<>();
        List<StreamResult> results = new ArrayList<>();
        List<SkippedStream> skipped = new ArrayList<>();
        Set<String> skippedNames = new HashSet<>();
        try (TargetSession session = target.open(run)) {
            try {
                for (StreamDefinition stream : plan) {
                    Optional<String> skippedParent = stream.parent().map(ParentBinding::parentStream).filter(skippedNames::contains);
                    try {
                        if (skippedParent.isPresent()) {
                            throw new StreamRefused("its parent stream " + skippedParent.get() + " was skipped");
                        }
                        results.add(load(session, run, stream, parentsNeeded.contains(stream.name()), parentKeys));
                    } catch (StreamRefused e) {
                        SkippedStream s = new SkippedStream(stream.name(), e.getMessage());
                        LOG.warn("{}: skipped: {}", stream.name(), e.getMessage());
                        skipped.add(s);
                        skippedNames.add(stream.name());
                        listener.streamSkipped(s);
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

    private StreamResult load(TargetSession session, RunInfo run, StreamDefinition stream, boolean keepKeys,
                              Map<String, List<String>> parentKeys) {
        long started = System.nanoTime();
        listener.streamStarted(stream.name());
        TableSchema schema = TableSchema.of(stream);
        RowMapper mapper = new RowMapper(schema, options.includeSecrets(), run.startedAt());
        // Staging starts with the first page, so a stream refused on its first request stages nothing.
        LazyLoader loader = new LazyLoader(session, schema);
        List<String> keys = keepKeys ? new ArrayList<>() : null;
        long[] counts = new long[2];
        if (stream.parent().isEmpty()) {
            try {
                readInto(stream, Map.of(), null, loader, mapper, keys, counts);
            } catch (PermissionDeniedException | ResourceNotFoundException e) {
                throw refusedOrFail(loader, e);
            }
        } else {
            ParentBinding binding = stream.parent().get();
            for (String parentKey : parentKeys.getOrDefault(binding.parentStream(), List.of())) {
                try {
                    readInto(stream, Map.of(binding.pathParam(), parentKey), parentKey, loader, mapper, keys, counts);
                } catch (ResourceNotFoundException e) {
                    // The parent was deleted between its read and this one: it is simply gone.
                    LOG.info("{}: parent {} disappeared during the run; skipped", stream.name(), parentKey);
                } catch (PermissionDeniedException e) {
                    throw refusedOrFail(loader, e);
                }
            }
        }
        long rows = loader.get().finish();
        if (keys != null) {
            parentKeys.put(stream.name(), keys);
        }
        StreamResult result = new StreamResult(stream.name(), rows, counts[1], Duration.ofNanos(System.nanoTime() - started));
        listener.streamFinished(result);
        return result;
    }

    /** Skip the stream if nothing of it was staged yet; otherwise the run must fail as before. */
    private static RuntimeException refusedOrFail(LazyLoader loader, SegmentApiException e) {
        if (loader.started()) {
            return e;
        }
        return new StreamRefused(e.getMessage());
    }

    private void readInto(StreamDefinition stream, Map<String, String> pathParams, String parentKey, LazyLoader loader,
                          RowMapper mapper, List<String> keys, long[] counts) {
        client.forEachPage(stream.operation(), pathParams, Map.of(), page -> {
            StreamLoader out = loader.get();
            for (ObjectNode record : page.items()) {
                out.write(mapper.map(record, parentKey));
                if (keys != null) {
                    keys.add(record.path("id").asText());
                }
            }
            counts[0] += page.items().size();
            counts[1]++;
            listener.pageLoaded(stream.name(), counts[0], counts[1], page.totalEntries());
        });
    }

    /** Starts staging a stream on first use. */
    private static final class LazyLoader {
        private final TargetSession session;
        private final TableSchema schema;
        private StreamLoader loader;

        LazyLoader(TargetSession session, TableSchema schema) {
            this.session = session;
            this.schema = schema;
        }

        boolean started() {
            return loader != null;
        }

        StreamLoader get() {
            if (loader == null) {
                loader = session.startFullLoad(schema);
            }
            return loader;
        }
    }

    /** A stream the API refused before any of it was staged. */
    private static final class StreamRefused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StreamRefused(String reason) {
            super(reason, null, false, false);
        }
    }
}
