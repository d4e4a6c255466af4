package io.segsync.core.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segsync.api.SegmentClient;
import io.segsync.api.error.ResourceNotFoundException;
import io.segsync.core.catalog.ReadCall;
import io.segsync.core.catalog.ReadScope;
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
 * Reads one stream page by page as rows: one call per partition for a top-level stream, one per parent
 * tuple and partition for a child stream. A call answering one object lands one row. Keeps what its
 * children of this run need of its records.
 */
final class StreamReader {
    private static final Logger LOG = LoggerFactory.getLogger(StreamReader.class);

    /** Receives each complete page. */
    interface PageSink {
        void page(List<Row> rows, List<ObjectNode> records, OptionalLong totalEntries, boolean firstOfCall);
    }

    private final SegmentClient client;
    private final ParentKeys parentKeys;
    private final ReadScope scope;

    StreamReader(SegmentClient client, ParentKeys parentKeys, ReadScope scope) {
        this.client = client;
        this.parentKeys = parentKeys;
        this.scope = scope;
    }

    /** Reads the whole stream (every usage month, the full metric window). */
    void read(StreamDefinition stream, RowMapper mapper, Map<String, String> query, PageSink sink) {
        read(stream, mapper, query, false, sink);
    }

    /**
     * Reads the stream, handing each page to the sink as soon as it is complete.
     *
     * @param trailingOnly read only the trailing window of a windowed stream (CDC)
     */
    void read(StreamDefinition stream, RowMapper mapper, Map<String, String> query, boolean trailingOnly, PageSink sink) {
        ReadScope s = trailingOnly ? scope.trailing() : scope;
        List<Map<String, String>> parents = stream.parent().map(b -> b.tuples(parentKeys::of)).orElse(List.of());
        for (ReadCall call : stream.calls(parents, s)) {
            ReadCall c = query.isEmpty() ? call : call.withQuery(query);
            if (stream.parent().isEmpty()) {
                readCall(stream, mapper, c, sink);
                continue;
            }
            try {
                readCall(stream, mapper, c, sink);
            } catch (ResourceNotFoundException e) {
                // The parent was deleted between its read and this one (or has nothing of this kind, as a
                // source without a live plugin): its children are gone with it.
                LOG.info("{}: nothing under {}; skipped", stream.name(), c.context());
            }
        }
    }

    private void readCall(StreamDefinition stream, RowMapper mapper, ReadCall call, PageSink sink) {
        if (stream.wholeResponse()) {
            ObjectNode data = client.get(stream.operation(), call.path(), call.query());
            JsonNode main = data.get(stream.operation().listKey());
            ObjectNode record = main != null && main.isObject() ? (ObjectNode) main : data;
            deliver(stream, mapper, call, List.of(record), OptionalLong.empty(), true, sink);
            return;
        }
        boolean[] first = {true};
        client.forEachPage(stream.operation(), call.path(), call.query(), page -> {
            OptionalLong total = stream.shape().changesCount() ? OptionalLong.empty() : page.totalEntries();
            deliver(stream, mapper, call, page.items(), total, first[0], sink);
            first[0] = false;
        });
    }

    private void deliver(StreamDefinition stream, RowMapper mapper, ReadCall call, List<ObjectNode> items,
                         OptionalLong total, boolean first, PageSink sink) {
        boolean keep = parentKeys.isNeeded(stream.name());
        List<Row> rows = new ArrayList<>(items.size());
        List<ObjectNode> records = new ArrayList<>(items.size());
        for (ObjectNode item : items) {
            for (ObjectNode record : stream.shape().apply(item)) {
                rows.add(mapper.mapInContext(record, call.context()));
                records.add(record);
            }
            if (keep) {
                parentKeys.add(stream.name(), item, call.context());
            }
        }
        sink.page(rows, records, total, first);
        FaultPoints.reached("page");
    }
}
