package io.segsync.core.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segsync.api.SegmentClient;
import io.segsync.api.error.ResourceNotFoundException;
import io.segsync.core.catalog.ParentBinding;
import io.segsync.core.catalog.StreamDefinition;
import io.segsync.core.fault.FaultPoints;
import io.segsync.core.record.Row;
import io.segsync.core.record.RowMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one stream page by page as rows: once for a top-level stream, once per parent key for a child
 * stream. Keeps the keys of its own records when a child stream of this run needs them.
 */
final class StreamReader {
    private static final Logger LOG = LoggerFactory.getLogger(StreamReader.class);

    /** Receives each complete page. */
    interface PageSink {
        void page(List<Row> rows, List<ObjectNode> records, OptionalLong totalEntries, boolean firstOfCall);
    }

    private final SegmentClient client;
    private final ParentKeys parentKeys;

    StreamReader(SegmentClient client, ParentKeys parentKeys) {
        this.client = client;
        this.parentKeys = parentKeys;
    }

    /** Reads the stream, handing each page to the sink as soon as it is complete. */
    void read(StreamDefinition stream, RowMapper mapper, Map<String, String> query, PageSink sink) {
        if (stream.parent().isEmpty()) {
            readCall(stream, mapper, Map.of(), query, null, sink);
            return;
        }
        ParentBinding binding = stream.parent().get();
        for (String parentKey : parentKeys.of(binding.parentStream())) {
            try {
                readCall(stream, mapper, Map.of(binding.pathParam(), parentKey), query, parentKey, sink);
            } catch (ResourceNotFoundException e) {
                // The parent was deleted between its read and this one: its children are gone with it.
                LOG.info("{}: parent {} disappeared during the run; skipped", stream.name(), parentKey);
            }
        }
    }

    private void readCall(StreamDefinition stream, RowMapper mapper, Map<String, String> pathParams,
                          Map<String, String> query, String parentKey, PageSink sink) {
        boolean keep = parentKeys.isNeeded(stream.name());
        boolean[] first = {true};
        client.forEachPage(stream.operation(), pathParams, query, page -> {
            List<Row> rows = new ArrayList<>(page.items().size());
            for (ObjectNode record : page.items()) {
                rows.add(mapper.map(record, parentKey));
                if (keep) {
                    parentKeys.add(stream.name(), record.path("id").asText());
                }
            }
            sink.page(rows, page.items(), page.totalEntries(), first[0]);
            first[0] = false;
            FaultPoints.reached("page");
        });
    }
}
