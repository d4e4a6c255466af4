package io.segsync.cli.connection;

import io.segsync.api.SegmentClient;
import io.segsync.api.error.PermissionDeniedException;
import io.segsync.api.error.ResourceNotFoundException;
import io.segsync.core.catalog.Catalog;
import io.segsync.core.catalog.ParentBinding;
import io.segsync.core.catalog.StreamDefinition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which streams this token can read, one cheap request each ({@code pagination.count=1}); a child
 * stream is probed under the first row of its parent. A stand-in until the catalog's own probe lands.
 */
final class StreamProbe {
    private StreamProbe() {}

    record Unreadable(String stream, String reason) {}

    record Outcome(int readable, int total, List<Unreadable> unreadable) {}

    /** Thrown by the page handler to stop after the first page; carries no stack. */
    private static final class FirstPageSeen extends RuntimeException {
        private static final long serialVersionUID = 1L;

        FirstPageSeen() {
            super(null, null, false, false);
        }
    }

    /** @param client a client whose page size is 1 */
    static Outcome probe(SegmentClient client) {
        List<Unreadable> unreadable = new ArrayList<>();
        Map<String, String> firstKey = new HashMap<>();
        List<StreamDefinition> streams = Catalog.standard().streams();
        int readable = 0;
        for (StreamDefinition d : streams) {
            Map<String, String> params = Map.of();
            if (d.parent().isPresent()) {
                ParentBinding binding = d.parent().get();
                String parentKey = firstKey.get(binding.parentStream());
                if (parentKey == null) {
                    boolean parentReadable = unreadable.stream().noneMatch(u -> u.stream().equals(binding.parentStream()));
                    if (parentReadable) {
                        readable++; // no parent row to ask under: nothing this token is refused
                    } else {
                        unreadable.add(new Unreadable(d.name(), "its parent stream " + binding.parentStream() + " is not readable"));
                    }
                    continue;
                }
                params = Map.of(binding.pathParam(), parentKey);
            }
            try {
                client.forEachPage(d.operation(), params, Map.of(), page -> {
                    if (!page.items().isEmpty()) {
                        firstKey.put(d.name(), page.items().get(0).path("id").asText(null));
                    }
                    throw new FirstPageSeen();
                });
                readable++;
            } catch (FirstPageSeen seen) {
                readable++;
            } catch (PermissionDeniedException | ResourceNotFoundException e) {
                unreadable.add(new Unreadable(d.name(), e.getMessage()));
            }
        }
        return new Outcome(readable, streams.size(), unreadable);
    }
}
