package io.segsync.sandbox.ops;

import static io.segsync.sandbox.http.ApiVersion.V1;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segsync.sandbox.data.AuditTrail;
import io.segsync.sandbox.http.ApiError;
import io.segsync.sandbox.http.Pagination;
import io.segsync.sandbox.http.Request;
import io.segsync.sandbox.http.RouteTable;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The audit trail, newest first, with the {@code startTime}/{@code endTime}/{@code resourceId}/
 * {@code resourceType} filters CDC relies on. Cursors are positions in the whole trail, so a filtered
 * page resumes its scan where the last one stopped instead of rescanning from the top.
 */
final class AuditOps {
    private AuditOps() {}

    static void register(RouteTable t) {
        t.business("listAuditEvents", "/audit-events", V1, AuditOps::list);
    }

    private static ObjectNode list(Request r) {
        AuditTrail trail = r.workspace().auditTrail();
        Pagination.Window window = Pagination.window(r, Pagination.MAX_COUNT);
        Instant start = time(r, "startTime");
        Instant end = time(r, "endTime");
        if (start != null && end != null && start.isAfter(end)) {
            throw ApiError.validation("startTime must not be after endTime", "startTime");
        }
        int lo = end == null ? 0 : trail.firstAtOrBefore(end);
        int hi = start == null ? trail.size() : trail.firstBefore(start);
        String resourceId = r.queryParam("resourceId").filter(s -> !s.isBlank()).orElse(null);
        String resourceType = r.queryParam("resourceType").filter(s -> !s.isBlank()).orElse(null);
        boolean scanning = resourceId != null || resourceType != null;
        boolean hasCursor = Pagination.window(r, Pagination.MAX_COUNT).offset() > 0
                || r.queryParam("pagination.cursor").or(() -> r.queryParam("pagination[cursor]")).isPresent();
        int from = hasCursor ? Math.max(lo, window.offset()) : lo;

        ObjectNode data = Ops.data();
        ArrayNode events = data.putArray("events");
        int position = from;
        while (position < hi && events.size() < window.count()) {
            ObjectNode e = trail.get(position++);
            if (resourceId != null && !resourceId.equals(e.path("resourceId").asText())) {
                continue;
            }
            if (resourceType != null && !resourceType.equals(e.path("resourceType").asText())) {
                continue;
            }
            events.add(e);
        }
        if (scanning) {
            while (position < hi && !matches(trail.get(position), resourceId, resourceType)) {
                position++;
            }
        }
        ObjectNode pagination = data.putObject("pagination");
        pagination.put("current", Pagination.encode(from));
        if (position < hi) {
            pagination.put("next", Pagination.encode(position));
        }
        if (!scanning) {
            if (from > lo) {
                pagination.put("previous", Pagination.encode(Math.max(lo, from - window.count())));
            }
            pagination.put("totalEntries", hi - lo);
        }
        return data;
    }

    private static boolean matches(ObjectNode e, String resourceId, String resourceType) {
        return (resourceId == null || resourceId.equals(e.path("resourceId").asText()))
                && (resourceType == null || resourceType.equals(e.path("resourceType").asText()));
    }

    private static Instant time(Request r, String name) {
        String raw = r.queryParam(name).filter(s -> !s.isBlank()).orElse(null);
        if (raw == null) {
            return null;
        }
        try {
            return Instant.parse(raw.trim());
        } catch (DateTimeParseException e) {
            throw ApiError.validation(name + " must be an ISO-8601 timestamp", name);
        }
    }
}
