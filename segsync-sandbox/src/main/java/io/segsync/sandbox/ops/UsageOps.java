package io.segsync.sandbox.ops;

import static io.segsync.sandbox.http.ApiVersion.V1;

import io.segsync.sandbox.data.MetricsGenerator;
import io.segsync.sandbox.data.ResourceCollection;
import io.segsync.sandbox.data.ResourceList;
import io.segsync.sandbox.http.ApiError;
import io.segsync.sandbox.http.Pagination;
import io.segsync.sandbox.http.Request;
import io.segsync.sandbox.http.RouteTable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Daily API calls and MTU, for the workspace and per source, for one usage month ({@code period}). */
final class UsageOps {
    private UsageOps() {}

    static void register(RouteTable t) {
        t.get("getDailyWorkspaceAPICallsUsage", "/usage/api-calls/daily", V1, r -> {
            List<LocalDate> days = days(r);
            MetricsGenerator m = r.workspace().metrics();
            return Pagination.standard(r, Ops.data(), "dailyWorkspaceAPICallsUsage",
                    ResourceList.lazy(days.size(), i -> m.apiCalls(days.get(i), null)));
        });
        t.get("getDailyPerSourceAPICallsUsage", "/usage/api-calls/sources/daily", V1, r -> {
            List<LocalDate> days = days(r);
            ResourceCollection sources = r.workspace().resources("sources");
            int n = sources.size();
            MetricsGenerator m = r.workspace().metrics();
            return Pagination.standard(r, Ops.data(), "dailyPerSourceAPICallsUsage",
                    ResourceList.lazy(days.size() * n, i -> m.apiCalls(days.get(i / n), sources.idAt(i % n))));
        });
        t.get("getDailyWorkspaceMTUUsage", "/usage/mtu/daily", V1, r -> {
            List<LocalDate> days = days(r);
            MetricsGenerator m = r.workspace().metrics();
            return Pagination.standard(r, Ops.data(), "dailyWorkspaceMTUUsage",
                    ResourceList.lazy(days.size(), i -> m.mtu(days.get(i), days.get(0), null)));
        });
        t.get("getDailyPerSourceMTUUsage", "/usage/mtu/sources/daily", V1, r -> {
            List<LocalDate> days = days(r);
            ResourceCollection sources = r.workspace().resources("sources");
            int n = sources.size();
            MetricsGenerator m = r.workspace().metrics();
            return Pagination.standard(r, Ops.data(), "dailyPerSourceMTUUsage",
                    ResourceList.lazy(days.size() * n, i -> m.mtu(days.get(i / n), days.get(0), sources.idAt(i % n))));
        });
    }

    /** The days of the usage month that have begun, oldest first; {@code period} is the month's first day. */
    private static List<LocalDate> days(Request r) {
        String raw = r.requiredQueryParam("period").trim();
        LocalDate start;
        try {
            start = raw.length() <= 10 ? LocalDate.parse(raw) : Instant.parse(raw).atZone(ZoneOffset.UTC).toLocalDate();
        } catch (DateTimeParseException e) {
            throw ApiError.validation("period must be an ISO-8601 date such as 2026-10-01", "period");
        }
        if (start.getDayOfMonth() != 1) {
            throw ApiError.validation("period must be the first day of a usage month", "period");
        }
        LocalDate today = r.now().atZone(ZoneOffset.UTC).toLocalDate();
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = start; d.getMonth() == start.getMonth() && !d.isAfter(today); d = d.plusDays(1)) {
            days.add(d);
        }
        return days;
    }
}
