package io.segsync.sandbox.ops;

import static io.segsync.sandbox.http.ApiVersion.V1;
import static io.segsync.sandbox.http.ApiVersion.V1BETA;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segsync.sandbox.data.MetricsGenerator;
import io.segsync.sandbox.data.ResourceCollection;
import io.segsync.sandbox.data.ResourceList;
import io.segsync.sandbox.http.ApiError;
import io.segsync.sandbox.http.Pagination;
import io.segsync.sandbox.http.Request;
import io.segsync.sandbox.http.RouteTable;
import io.segsync.sandbox.http.TimeWindow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Event volume and the delivery overview: deterministic buckets for any valid window. */
final class MonitoringOps {
    private static final String[] EVENT_NAMES = {"Order Completed", "Product Viewed", "Signed Up", "Page Viewed"};
    private static final String[] EVENT_TYPES = {"track", "identify", "page"};
    private static final Set<String> VOLUME_GROUP_BY = Set.of("eventName", "eventType", "source");
    private static final Set<String> EGRESS = Set.of("failed-delivery", "successful-delivery", "filtered-at-destination");

    private MonitoringOps() {}

    static void register(RouteTable t) {
        t.get("getEventsVolumeFromWorkspace", "/events/volume", V1, MonitoringOps::volume);
        String[][] steps = {
            {"getIngressSuccessMetricsFromDeliveryOverview", "successfully-received"},
            {"getIngressFailedMetricsFromDeliveryOverview", "failed-on-ingest"},
            {"getFilteredAtSourceMetricsFromDeliveryOverview", "filtered-at-source"},
            {"getFilteredAtDestinationMetricsFromDeliveryOverview", "filtered-at-destination"},
            {"getEgressFailedMetricsFromDeliveryOverview", "failed-delivery"},
            {"getEgressSuccessMetricsFromDeliveryOverview", "successful-delivery"},
        };
        for (String[] step : steps) {
            t.business(step[0], "/delivery-overview/" + step[1], V1BETA, r -> delivery(r, step[1]));
        }
    }

    private static ObjectNode volume(Request r) {
        TimeWindow window = TimeWindow.of(r);
        List<String> groupBy = r.queryList("groupBy");
        for (String g : groupBy) {
            if (!VOLUME_GROUP_BY.contains(g)) {
                throw ApiError.validation("groupBy must be among " + VOLUME_GROUP_BY, "groupBy");
            }
        }
        ResourceCollection sources = r.workspace().resources("sources");
        List<String> wanted = r.queryList("sourceId");
        List<Integer> positions = new ArrayList<>();
        for (int p = 0; p < sources.size(); p++) {
            if (wanted.isEmpty() || wanted.contains(sources.idAt(p))) {
                positions.add(p);
            }
        }
        List<String> names = groupBy.contains("eventName") ? filter(EVENT_NAMES, r.queryList("eventName")) : List.of("");
        List<String> types = groupBy.contains("eventType") ? filter(EVENT_TYPES, r.queryList("eventType")) : List.of("");
        List<Instant> buckets = window.buckets();
        MetricsGenerator metrics = r.workspace().metrics();
        int perSource = names.size() * types.size();
        ResourceList result = ResourceList.lazy(positions.size() * perSource, i -> {
            int p = positions.get(i / perSource);
            String name = names.get((i % perSource) / types.size());
            String type = types.get(i % types.size());
            ObjectNode entry = Ops.data();
            String sourceId = sources.idAt(p);
            ObjectNode s = sources.get(p);
            entry.putObject("source").put("id", sourceId).put("name", s.path("name").asText()).put("slug", s.path("slug").asText());
            if (!name.isEmpty()) {
                entry.put("eventName", name);
            }
            if (!type.isEmpty()) {
                entry.put("eventType", type);
            }
            metrics.series(entry, "volume", sourceId + name + type, buckets, 10_000);
            return entry;
        });
        ObjectNode data = Ops.data();
        data.put("path", "/events/volume");
        ObjectNode query = data.putObject("query");
        query.put("granularity", window.unit().name());
        query.put("startTime", window.start().toString());
        query.put("endTime", window.end().toString());
        return Pagination.standard(r, data, "result", result);
    }

    private static List<String> filter(String[] all, List<String> wanted) {
        List<String> out = new ArrayList<>();
        for (String v : all) {
            if (wanted.isEmpty() || wanted.contains(v)) {
                out.add(v);
            }
        }
        return out;
    }

    private static ObjectNode delivery(Request r, String step) {
        String sourceId = Ops.find(r, "sources", r.requiredQueryParam("sourceId")).path("id").asText();
        String key = sourceId + step;
        if (EGRESS.contains(step)) {
            String destinationId = r.requiredQueryParam("destinationConfigId");
            if (!sourceId.equals(Ops.find(r, "destinations", destinationId).path("sourceId").asText())) {
                throw ApiError.notFound();
            }
            key += destinationId;
        }
        TimeWindow window = TimeWindow.of(r);
        List<Instant> buckets = window.buckets();
        List<String> groupBy = r.queryList("groupBy");
        List<String> names = groupBy.contains("eventName") ? List.of(EVENT_NAMES) : List.of("");
        MetricsGenerator metrics = r.workspace().metrics();
        long scale = step.startsWith("success") ? 20_000 : 300;
        String base = key;
        ResourceList dataset = ResourceList.lazy(names.size(), i -> {
            ObjectNode entry = Ops.data();
            if (!names.get(i).isEmpty()) {
                entry.put("eventName", names.get(i));
            }
            metrics.series(entry, "delivery", base + names.get(i), buckets, scale);
            return entry;
        });
        long total = 0;
        for (int i = 0; i < dataset.size(); i++) {
            total += dataset.get(i).path("total").asLong();
        }
        ObjectNode data = Ops.data();
        data.put("total", total);
        return Pagination.standard(r, data, "dataset", dataset);
    }
}
