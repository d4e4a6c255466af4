package io.segsync.core.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segsync.api.SegmentClient;
import io.segsync.api.error.AuthenticationFailedException;
import io.segsync.api.error.PermissionDeniedException;
import io.segsync.api.error.ResourceNotFoundException;
import io.segsync.api.error.SegmentApiException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which streams a token can read, with one cheap request each (the client's page size should be 1): a
 * top-level stream's first call, a child stream's first call under the first parent row the probe saw.
 * What {@code metadata --probe} and {@code connection test} show.
 *
 * <p>A child whose parent has no row cannot be asked and counts as readable (nothing refused it). A
 * child that finds nothing (404) under the one parent asked counts as readable too: a source without a
 * live plugin answers 404 although the stream is fine; a feature that is off shows on its top-level stream.
 */
public final class CatalogProbe {
    private CatalogProbe() {}

    /**
     * @param readable whether the token may read the stream
     * @param status   the HTTP status of the refusal, 0 when readable or refused because of the parent
     * @param reason   why not (or a note when readable without proof), else empty
     */
    public record Result(String stream, boolean readable, int status, String reason) {}

    private record Seen(ObjectNode record, Map<String, String> context) {}

    /** Thrown by the page handler to stop after the first page; carries no stack. */
    private static final class FirstPageSeen extends RuntimeException {
        private static final long serialVersionUID = 1L;

        FirstPageSeen() {
            super(null, null, false, false);
        }
    }

    public static List<Result> probe(SegmentClient client, List<StreamDefinition> streams, Instant now) {
        ReadScope scope = ReadScope.full(now).trailing();
        Map<String, Result> results = new LinkedHashMap<>();
        Map<String, Seen> first = new HashMap<>();
        for (StreamDefinition d : streams) {
            results.put(d.name(), probeOne(client, d, scope, results, first));
        }
        return new ArrayList<>(results.values());
    }

    private static Result probeOne(SegmentClient client, StreamDefinition d, ReadScope scope, Map<String, Result> results,
                                   Map<String, Seen> first) {
        List<Map<String, String>> tuples = List.of();
        if (d.parent().isPresent()) {
            ParentBinding binding = d.parent().get();
            for (String parent : binding.streams()) {
                Result p = results.get(parent);
                if (p != null && !p.readable()) {
                    return new Result(d.name(), false, 0, "its parent stream " + parent + " is not readable");
                }
            }
            tuples = binding.tuples(stream -> tupleOf(binding, stream, first.get(stream)));
            if (tuples.isEmpty()) {
                return new Result(d.name(), true, 0, "not asked: no parent row to ask under");
            }
        }
        List<ReadCall> calls = d.calls(tuples, scope);
        if (calls.isEmpty()) {
            return new Result(d.name(), true, 0, "not asked: nothing to read");
        }
        ReadCall call = calls.get(0);
        try {
            if (d.wholeResponse()) {
                ObjectNode data = client.get(d.operation(), call.path(), call.query());
                JsonNode main = data.get(d.operation().listKey());
                first.put(d.name(), new Seen(main != null && main.isObject() ? (ObjectNode) main : data, call.context()));
            } else {
                try {
                    client.forEachPage(d.operation(), call.path(), call.query(), page -> {
                        if (!page.items().isEmpty()) {
                            first.put(d.name(), new Seen(page.items().get(0), call.context()));
                        }
                        throw new FirstPageSeen();
                    });
                } catch (FirstPageSeen seen) {
                    // one page is all the probe wants
                }
            }
            return new Result(d.name(), true, 0, "");
        } catch (ResourceNotFoundException e) {
            if (d.parent().isPresent()) {
                return new Result(d.name(), true, 0, "nothing under the parent asked (404)");
            }
            return new Result(d.name(), false, e.status(), refusal("found nothing (404)", d));
        } catch (PermissionDeniedException e) {
            return new Result(d.name(), false, e.status(), refusal("not allowed for this token (403)", d));
        } catch (AuthenticationFailedException e) {
            return new Result(d.name(), false, e.status(), refusal("refused (401)", d));
        } catch (SegmentApiException e) {
            return new Result(d.name(), false, e.status(), e.getMessage());
        }
    }

    private static String refusal(String what, StreamDefinition d) {
        return what + (d.gating().isEmpty() ? "" : ": needs the " + d.gating());
    }

    private static List<Map<String, String>> tupleOf(ParentBinding binding, String stream, Seen seen) {
        if (seen == null) {
            return List.of();
        }
        Map<String, String> tuple = new LinkedHashMap<>();
        for (String name : binding.needsFrom(stream)) {
            String value = seen.context().get(name);
            if (value == null) {
                JsonNode v = seen.record().get(name);
                value = v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
            }
            if (value == null) {
                return List.of();
            }
            tuple.put(name, value);
        }
        return List.of(tuple);
    }
}
