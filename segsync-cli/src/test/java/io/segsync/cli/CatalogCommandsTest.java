package io.segsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segsync.core.catalog.Catalog;
import io.segsync.sandbox.SandboxServer;
import io.segsync.sandbox.data.Plan;
import io.segsync.sandbox.data.Region;
import io.segsync.sandbox.data.WorkspaceSize;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code metadata} (table, --json, --stream, --probe), the Team-plan partial sync, and a field that appears between runs. */
class CatalogCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The streams the sandbox serves to Business plans only (as Segment does: warehouses, groups, Engage, ...). */
    private static final Set<String> BUSINESS_ONLY_ROOTS = Set.of("warehouses", "source_connected_warehouses", "user_groups",
            "user_groups_of_users", "audit_events", "spaces", "delivery_successfully_received", "delivery_failed_on_ingest",
            "delivery_filtered_at_source", "delivery_filtered_at_destination", "delivery_failed", "delivery_successful");
    private static SandboxServer sandbox;

    @BeforeAll
    static void start() throws Exception {
        sandbox = SandboxServer.start(SandboxServer.Options.defaults().withSeed(5).withSize(WorkspaceSize.TINY));
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private static void connect(Path home, String name, String token) {
        CliRun created = CliRun.run(home, Map.of("KEY", token), "connection", "create", name, "--api-url",
                sandbox.baseUrl().toString(), "--api-key-env", "KEY");
        assertThat(created.exitCode()).as(created.err()).isZero();
    }

    @Test
    void metadataJsonListsEveryStreamWithKeysMethodsAndAccess(@TempDir Path home) throws Exception {
        connect(home, "local", sandbox.token());
        CliRun run = CliRun.run(home, Map.of("KEY", sandbox.token()), "--json", "metadata", "local");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode streams = JSON.readTree(run.out()).get("streams");
        assertThat(streams.size()).isGreaterThanOrEqualTo(60).isEqualTo(Catalog.all().streams().size());
        for (JsonNode s : streams) {
            assertThat(s.get("primaryKey").size()).as(s.get("stream").asText()).isPositive();
            assertThat(s.get("updateMethods").size()).isEqualTo(3);
        }
        JsonNode filters = find(streams, "destination_filters");
        assertThat(filters.get("parent").asText()).isEqualTo("destinations");
        assertThat(filters.get("primaryKey").toString()).isEqualTo("[\"destination_id\",\"id\"]");
        assertThat(find(streams, "usage_mtu_daily_per_source").get("updateMethods").toString()).contains("cdc (trailing window)");
        assertThat(find(streams, "warehouse_syncs").get("rateClass").asText()).isEqualTo("2/min");

        CliRun table = CliRun.run(home, Map.of("KEY", sandbox.token()), "metadata", "local");
        assertThat(table.out()).contains("STREAM").contains("reverse_etl_syncs").contains("reverse_etl_models × destination_subscriptions")
                .contains("Business plan (warehouses)");

        CliRun one = CliRun.run(home, Map.of("KEY", sandbox.token()), "--json", "metadata", "local", "--stream", "sources");
        JsonNode columns = JSON.readTree(one.out()).get("columns");
        assertThat(find(columns, "name", "write_keys").get("secret").asBoolean()).isTrue();
        assertThat(find(columns, "name", "id").get("primaryKey").asBoolean()).isTrue();

        CliRun unknown = CliRun.run(home, Map.of("KEY", sandbox.token()), "metadata", "local", "--stream", "nope");
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(unknown.singleErrorLine()).contains("unknown stream 'nope'");
    }

    @Test
    void teamPlanProbeMarksBusinessStreamsAndSyncLandsTheOthersAsPartial(@TempDir Path home, @TempDir Path data) throws Exception {
        String team = sandbox.token(Region.US, Plan.TEAM);
        connect(home, "team", team);
        CliRun probe = CliRun.run(home, Map.of("KEY", team), "--json", "metadata", "team", "--probe");
        assertThat(probe.exitCode()).as(probe.err()).isZero();
        Set<String> unreadable = new TreeSet<>();
        for (JsonNode s : JSON.readTree(probe.out()).get("streams")) {
            if (!s.get("readable").asBoolean()) {
                unreadable.add(s.get("stream").asText());
                assertThat(s.get("reason").asText()).as(s.get("stream").asText())
                        .matches("not allowed for this token \\(403\\): needs the .*Business plan.*|its parent stream .* is not readable");
            }
        }
        assertThat(unreadable).containsAll(BUSINESS_ONLY_ROOTS);
        Set<String> business = businessStreams();
        assertThat(unreadable).isEqualTo(business);

        CliRun table = CliRun.run(home, Map.of("KEY", team), "metadata", "team", "--probe");
        assertThat(table.out()).contains("NOT READABLE: not allowed for this token (403): needs the Business plan (warehouses)")
                .contains("Streams readable: " + (Catalog.all().streams().size() - business.size()));

        Path file = data.resolve("team.duckdb");
        CliRun sync = CliRun.run(home, Map.of("KEY", team), "--json", "sync", "team", "--target", "duckdb:" + file);
        assertThat(sync.exitCode()).as(sync.err()).isEqualTo(ExitCode.PARTIAL);
        JsonNode summary = JSON.readTree(sync.out());
        assertThat(summary.get("status").asText()).isEqualTo("PARTIAL");
        Set<String> skipped = new TreeSet<>();
        Set<String> landed = new TreeSet<>();
        for (JsonNode s : summary.get("streams")) {
            (s.get("status").asText().equals("SKIPPED") ? skipped : landed).add(s.get("stream").asText());
        }
        assertThat(skipped).isEqualTo(business);
        assertThat(landed).hasSize(Catalog.all().streams().size() - business.size()).contains("sources", "usage_mtu_daily");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select count(*) from segment.destination_filters")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(sandbox.tenants().get(1).workspace().resources("destinations").size() > 0
                    ? io.segsync.sandbox.ops.ChildCounts.of(sandbox.tenants().get(1).workspace()).get("destination-filters") : 0);
        }
    }

    /** The Business-only streams and every stream below them. */
    private static Set<String> businessStreams() {
        Set<String> out = new TreeSet<>(BUSINESS_ONLY_ROOTS);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (var d : Catalog.all().streams()) {
                if (!out.contains(d.name()) && d.parentStreams().stream().anyMatch(out::contains)) {
                    grew = out.add(d.name()) || grew;
                }
            }
        }
        return out;
    }

    @Test
    void aFieldThatAppearsBetweenRunsBecomesAColumnAndKeepsEarlierValues(@TempDir Path home, @TempDir Path data) throws Exception {
        connect(home, "local", sandbox.token());
        Path file = data.resolve("evolve.duckdb");
        CliRun first = CliRun.run(home, Map.of(), "sync", "local", "--target", "duckdb:" + file,
                "--streams", "sources,destination_filters", "--method", "reload-compare");
        assertThat(first.exitCode()).as(first.err()).isZero();
        List<List<String>> before = rows(file, "select id, slug, name, write_keys from segment.sources order by id");

        String id = sandbox.workspace().resources("sources").ids().get(0);
        ObjectNode source = sandbox.workspace().find("sources", id).orElseThrow();
        source.put("dataResidency", "eu-west-1");
        assertThat(sandbox.workspace().resources("sources").update(id, source)).isTrue();

        CliRun second = CliRun.run(home, Map.of(), "sync", "local", "--target", "duckdb:" + file,
                "--streams", "sources,destination_filters", "--method", "reload-compare");
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(rows(file, "select id, slug, name, write_keys from segment.sources order by id")).isEqualTo(before);
        assertThat(rows(file, "select id from segment.sources where data_residency = 'eu-west-1'")).containsExactly(List.of(id));
        assertThat(rows(file, "select count(*) from segment.sources where data_residency is null"))
                .containsExactly(List.of(String.valueOf(before.size() - 1)));
    }

    @Test
    void cdcRereadsOnlyTheTrailingWindowOfMetricsAndKeepsHistory(@TempDir Path home, @TempDir Path data) throws Exception {
        connect(home, "local", sandbox.token());
        Path file = data.resolve("cdc.duckdb");
        String[] sync = {"--json", "sync", "local", "--target", "duckdb:" + file, "--streams", "events_volume,usage_mtu_daily", "--method", "cdc"};
        CliRun first = CliRun.run(home, Map.of(), sync);
        assertThat(first.exitCode()).as(first.err()).isZero();
        long sources = sandbox.workspace().resources("sources").size();
        List<List<String>> before = rows(file, "select source_id, time, count from segment.events_volume order by 1, 2");
        assertThat(before).hasSizeGreaterThan((int) (2 * sources));

        CliRun second = CliRun.run(home, Map.of(), sync);
        assertThat(second.exitCode()).as(second.err()).isZero();
        JsonNode volume = find(JSON.readTree(second.out()).get("streams"), "events_volume");
        // Only the trailing two days were read again; nothing outside them was deleted or changed.
        assertThat(volume.get("rows").asLong()).isBetween(sources, 2 * sources);
        assertThat(volume.get("deleted").asLong()).isZero();
        assertThat(rows(file, "select source_id, time, count from segment.events_volume order by 1, 2")).isEqualTo(before);
        JsonNode usage = find(JSON.readTree(second.out()).get("streams"), "usage_mtu_daily");
        assertThat(usage.get("rows").asLong()).isLessThanOrEqualTo(31);
        assertThat(rows(file, "select count(*) from segment.usage_mtu_daily where not _segsync_deleted"))
                .containsExactly(List.of(String.valueOf(usageDays())));
    }

    /** Days of the three usage months read: the current one up to today and the two before it. */
    private static long usageDays() {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        return today.getDayOfMonth() + today.minusMonths(1).lengthOfMonth() + today.minusMonths(2).lengthOfMonth();
    }

    private static JsonNode find(JsonNode array, String stream) {
        return find(array, "stream", stream);
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode n : array) {
            if (n.get(field).asText().equals(value)) {
                return n;
            }
        }
        throw new AssertionError("no " + value + " in " + array);
    }

    private static List<List<String>> rows(Path file, String sql) throws Exception {
        List<List<String>> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    row.add(rs.getString(i));
                }
                out.add(row);
            }
        }
        return out;
    }
}
