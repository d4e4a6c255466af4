package io.segsync.cli.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.segsync.api.ApiToken;
import io.segsync.api.ApiUrl;
import io.segsync.api.ClientSettings;
import io.segsync.api.SegmentClient;
import io.segsync.api.limits.RateLimitSettings;
import io.segsync.core.catalog.Catalog;
import io.segsync.core.catalog.ReadScope;
import io.segsync.core.catalog.StreamDefinition;
import io.segsync.core.catalog.Windows;
import io.segsync.core.sync.RunResult;
import io.segsync.core.sync.RunStatus;
import io.segsync.core.sync.SyncEngine;
import io.segsync.core.sync.SyncListener;
import io.segsync.core.sync.SyncOptions;
import io.segsync.sandbox.SandboxServer;
import io.segsync.sandbox.data.WorkspaceSize;
import io.segsync.target.duckdb.DuckDbTarget;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first acceptance: a full sync of every stream of the sandbox's {@code large} workspace
 * lands each stream with the row count the sandbox serves, and no table holds a primary key twice.
 */
class LargeWorkspaceSyncTest {
    @Test
    void everyStreamLandsWithTheSandboxCountAndUniqueKeys(@TempDir Path dir) throws Exception {
        try (SandboxServer sandbox = SandboxServer.start(SandboxServer.Options.defaults()
                .withSize(WorkspaceSize.named(System.getProperty("segsync.test.size", "large"))))) {
            ClientSettings settings = ClientSettings.of(ApiUrl.parse(sandbox.baseUrl().toString(), false), ApiToken.of(sandbox.token()))
                    .withPageSize(1000)
                    .withRateLimits(RateLimitSettings.DEFAULTS.withEndpointLimits(false));
            Path file = dir.resolve("large.duckdb");
            Instant before = Instant.now();
            RunResult result;
            try (SegmentClient client = new SegmentClient(settings)) {
                result = new SyncEngine(client, new DuckDbTarget(file), SyncOptions.defaults(), new Timings())
                        .run(Catalog.all().streams());
            }
            System.out.printf("large workspace: %d streams, %,d rows in %.1f s%n", result.streams().size(), result.totalRows(),
                    result.elapsed().toMillis() / 1000.0);
            assertThat(result.skipped()).isEmpty();
            assertThat(result.status()).isEqualTo(RunStatus.SUCCEEDED);

            Map<String, Long> expected = expectedCounts(sandbox.counts(), before);
            assertThat(expected.keySet()).containsExactlyInAnyOrderElementsOf(
                    Catalog.all().streams().stream().map(StreamDefinition::name).toList());
            Map<String, Long> landed = new TreeMap<>();
            Map<String, Long> duplicates = new TreeMap<>();
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement st = c.createStatement()) {
                for (StreamDefinition d : Catalog.all().streams()) {
                    landed.put(d.name(), scalar(st, "select count(*) from segment." + d.name()));
                    String key = String.join(", ", d.primaryKey());
                    duplicates.put(d.name(), scalar(st, "select count(*) from (select " + key + " from segment." + d.name()
                            + " group by " + key + " having count(*) > 1)"));
                }
            }
            assertThat(landed).isEqualTo(new TreeMap<>(expected));
            assertThat(duplicates).allSatisfy((stream, n) -> assertThat(n).as(stream).isZero());
            if (System.getProperty("segsync.test.size", "large").equals("large")) {
                assertThat(landed).as("every stream has rows in the large workspace").allSatisfy((stream, n) -> assertThat(n).as(stream).isPositive());
            }
        }
    }

    /** Prints each stream's rows and seconds, so the test's log shows where a large sync spends its time. */
    private static final class Timings implements SyncListener {
        @Override
        public void streamStarted(String stream) {
            System.out.printf("  %-40s ...%n", stream);
        }

        @Override
        public void streamFinished(io.segsync.core.sync.StreamResult r) {
            System.out.printf("  %-40s %,10d rows %8.2f s%n", r.stream(), r.rows(), r.elapsed().toMillis() / 1000.0);
        }
    }

    /** Stream → the rows the sandbox serves for it; metric streams from the windows the catalog asks for. */
    static Map<String, Long> expectedCounts(Map<String, Long> n, Instant now) {
        Map<String, Long> e = new LinkedHashMap<>();
        long sources = n.get("sources");
        long destinations = n.get("destinations");
        e.put("workspace", 1L);
        e.put("sources", sources);
        e.put("destinations", destinations);
        e.put("warehouses", n.get("warehouses"));
        e.put("source_connected_destinations", n.get("source-connected-destinations"));
        e.put("source_connected_warehouses", n.get("source-connected-warehouses"));
        e.put("source_schema_settings", n.get("source-schema-settings"));
        e.put("source_live_plugins", n.get("live-plugins"));
        e.put("destination_subscriptions", n.get("destination-subscriptions"));
        e.put("destination_filters", n.get("destination-filters"));
        e.put("delivery_metrics_summaries", n.get("delivery-metrics-summaries"));
        e.put("warehouse_connected_sources", n.get("warehouse-connected-sources"));
        e.put("warehouse_syncs", n.get("warehouse-syncs"));
        e.put("warehouse_connection_states", n.get("warehouse-connection-states"));
        e.put("warehouse_sync_schedules", n.get("warehouse-sync-schedules"));
        e.put("warehouse_source_selective_syncs", n.get("warehouse-source-selective-syncs"));
        e.put("warehouse_source_syncs", n.get("warehouse-source-syncs"));
        e.put("sources_catalog", n.get("catalog-sources"));
        e.put("destinations_catalog", n.get("catalog-destinations"));
        e.put("warehouses_catalog", n.get("catalog-warehouses"));
        e.put("tracking_plans", n.get("tracking-plans"));
        e.put("tracking_plan_rules", n.get("tracking-plan-rules"));
        e.put("tracking_plan_sources", n.get("tracking-plan-sources"));
        e.put("transformations", n.get("transformations"));
        e.put("functions", n.get("functions"));
        e.put("function_versions", n.get("function-versions"));
        e.put("insert_function_instances", n.get("insert-function-instances"));
        e.put("users", n.get("users"));
        e.put("invites", n.get("invites"));
        e.put("user_groups_of_users", n.get("user-groups-of-users"));
        e.put("user_groups", n.get("user-groups"));
        e.put("user_group_users", n.get("user-group-users"));
        e.put("user_group_invites", n.get("user-group-invites"));
        e.put("roles", n.get("roles"));
        e.put("labels", n.get("labels"));
        e.put("audit_events", n.get("audit-events"));
        e.put("credentials", n.get("credentials"));
        e.put("credential_consumer_warehouses", n.get("credential-consumer-warehouses"));
        e.put("credential_consumer_sources", n.get("credential-consumer-sources"));
        long usageDays = usageDays(now);
        e.put("usage_api_calls_daily", usageDays);
        e.put("usage_api_calls_daily_per_source", usageDays * sources);
        e.put("usage_mtu_daily", usageDays);
        e.put("usage_mtu_daily_per_source", usageDays * sources);
        e.put("events_volume", sources * buckets(now, Windows.VOLUME_DAYS));
        e.put("regulations", n.get("regulations"));
        e.put("source_regulations", n.get("source-regulations"));
        e.put("suppressions", n.get("suppressed-subjects"));
        long delivery = buckets(now, Windows.DELIVERY_DAYS);
        for (String ingress : new String[] {"delivery_successfully_received", "delivery_failed_on_ingest", "delivery_filtered_at_source"}) {
            e.put(ingress, sources * delivery);
        }
        for (String egress : new String[] {"delivery_filtered_at_destination", "delivery_failed", "delivery_successful"}) {
            e.put(egress, n.get("delivery-metrics-summaries") * delivery);
        }
        e.put("reverse_etl_models", n.get("reverse-etl-models"));
        e.put("reverse_etl_syncs", n.get("reverse-etl-syncs"));
        e.put("spaces", n.get("spaces"));
        e.put("space_audiences", n.get("audiences"));
        e.put("space_computed_traits", n.get("computed-traits"));
        e.put("space_profiles_warehouses", n.get("space-profiles-warehouses"));
        e.put("space_profiles_selective_syncs", n.get("space-profiles-selective-syncs"));
        e.put("space_events", n.get("space-events"));
        e.put("space_event_properties", n.get("space-event-properties"));
        e.put("space_traits", n.get("space-traits"));
        e.put("space_entity_paths", n.get("space-entity-paths"));
        e.put("space_entity_properties", n.get("space-entity-properties"));
        e.put("audience_supported_destinations", n.get("audience-supported-destinations"));
        e.put("audience_schedules", n.get("audience-schedules"));
        e.put("audience_activations", n.get("audience-activations"));
        e.put("audience_destination_connections", n.get("audience-destination-connections"));
        e.put("audience_references", n.get("audience-references"));
        return e;
    }

    /** Days of the usage months read (the current one up to today, and the full months before it). */
    static long usageDays(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        long days = today.getDayOfMonth();
        for (int k = 1; k < ReadScope.DEFAULT_USAGE_MONTHS; k++) {
            days += today.minusMonths(k).lengthOfMonth();
        }
        return days;
    }

    /** DAY buckets the sandbox answers for a window of the catalog: day starts from startTime before endTime. */
    static long buckets(Instant now, int days) {
        Map<String, String> q = Windows.dailyQuery(ReadScope.full(now), days);
        Instant start = Instant.parse(q.get("startTime"));
        Instant end = Instant.parse(q.get("endTime"));
        long n = 0;
        for (Instant t = start.truncatedTo(ChronoUnit.DAYS); t.isBefore(end); t = t.plus(1, ChronoUnit.DAYS)) {
            n++;
        }
        return n;
    }

    private static long scalar(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
