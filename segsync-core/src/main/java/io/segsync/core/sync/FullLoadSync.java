package io.segsync.core.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segsync.api.SegmentClient;
import io.segsync.api.error.ResourceNotFoundException;
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
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A full load: every planned stream is read whole into staging, and all are published together, so a
 * run that fails anywhere leaves the previous tables untouched.
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
        try (TargetSession session = target.open(run)) {
            try {
                for (StreamDefinition stream : plan) {
                    results.add(load(session, run, stream, parentsNeeded.contains(stream.name()), parentKeys));
                }
                session.commit();
            } catch (RuntimeException e) {
                session.abort();
                throw e;
            }
        }
        return new RunResult(run.runId(), workspace.path("name").asText(), results, Duration.ofNanos(System.nanoTime() - started));
    }

    private StreamResult load(TargetSession session, RunInfo run, StreamDefinition stream, boolean keepKeys,
                              Map<String, List<String>> parentKeys) {
        long started = System.nanoTime();
        listener.streamStarted(stream.name());
        TableSchema schema = TableSchema.of(stream);
        RowMapper mapper = new RowMapper(schema, options.includeSecrets(), run.startedAt());
        StreamLoader loader = session.startFullLoad(schema);
        List<String> keys = keepKeys ? new ArrayList<>() : null;
        long[] counts = new long[2];
        if (stream.parent().isEmpty()) {
            readInto(stream, Map.of(), null, loader, mapper, keys, counts);
        } else {
            ParentBinding binding = stream.parent().get();
            for (String parentKey : parentKeys.getOrDefault(binding.parentStream(), List.of())) {
                try {
                    readInto(stream, Map.of(binding.pathParam(), parentKey), parentKey, loader, mapper, keys, counts);
                } catch (ResourceNotFoundException e) {
                    // The parent was deleted between its read and this one: it is simply gone.
                    LOG.info("{}: parent {} disappeared during the run; skipped", stream.name(), parentKey);
                }
            }
        }
        long rows = loader.finish();
        if (keys != null) {
            parentKeys.put(stream.name(), keys);
        }
        StreamResult result = new StreamResult(stream.name(), rows, counts[1], Duration.ofNanos(System.nanoTime() - started));
        listener.streamFinished(result);
        return result;
    }

    private void readInto(StreamDefinition stream, Map<String, String> pathParams, String parentKey, StreamLoader loader,
                          RowMapper mapper, List<String> keys, long[] counts) {
        client.forEachPage(stream.operation(), pathParams, Map.of(), page -> {
            for (ObjectNode record : page.items()) {
                loader.write(mapper.map(record, parentKey));
                if (keys != null) {
                    keys.add(record.path("id").asText());
                }
            }
            counts[0] += page.items().size();
            counts[1]++;
            listener.pageLoaded(stream.name(), counts[0], counts[1], page.totalEntries());
        });
    }
}
