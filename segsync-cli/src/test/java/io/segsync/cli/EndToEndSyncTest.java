package io.segsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segsync.sandbox.SandboxServer;
import io.segsync.sandbox.data.ResourceList;
import io.segsync.sandbox.data.WorkspaceSize;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sandbox → {@code segsync sync} → DuckDB, in-process, comparing every landed value with what the sandbox served. */
class EndToEndSyncTest {
    private static SandboxServer sandbox;

    @BeforeAll
    static void start() throws Exception {
        sandbox = SandboxServer.start(SandboxServer.Options.defaults().withSeed(11).withSize(WorkspaceSize.TINY));
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void syncLandsTheExactRowSetTheSandboxServed(@TempDir Path home, @TempDir Path data) throws Exception {
        Map<String, String> env = Map.of("SANDBOX_TOKEN", sandbox.token());
        CliRun created = CliRun.run(home, env, "connection", "create", "local", "--api-url", sandbox.baseUrl().toString(),
                "--api-key-env", "SANDBOX_TOKEN");
        assertThat(created.exitCode()).as(created.err()).isZero();

        Path file = data.resolve("ws.duckdb");
        CliRun sync = CliRun.run(home, env, "sync", "local", "--target", "duckdb:" + file);
        assertThat(sync.exitCode()).as(sync.err()).isZero();
        assertThat(sync.out()).contains("audit_events");

        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file)) {
            assertThat(rows(c, "select id, slug, name, workspace_id, enabled from segment.sources order by id"))
                    .isEqualTo(expected("sources", s -> List.of(s.get("id").asText(), s.get("slug").asText(),
                            s.get("name").asText(), s.get("workspaceId").asText(), s.get("enabled").asBoolean())));
            assertThat(rows(c, "select id, name, enabled, source_id, json_extract_string(metadata, '$.name') from segment.destinations order by id"))
                    .isEqualTo(expected("destinations", d -> List.of(d.get("id").asText(), d.get("name").asText(),
                            d.get("enabled").asBoolean(), d.get("sourceId").asText(), d.path("metadata").path("name").asText())));
            assertThat(rows(c, "select id, workspace_id, enabled, json_extract_string(settings, '$.hostname') from segment.warehouses order by id"))
                    .isEqualTo(expected("warehouses", w -> List.of(w.get("id").asText(), w.get("workspaceId").asText(),
                            w.get("enabled").asBoolean(), w.path("settings").path("hostname").asText())));
            assertThat(rows(c, "select id, name, slug, type, updated_at from segment.tracking_plans order by id"))
                    .isEqualTo(expected("tracking-plans", p -> List.of(p.get("id").asText(), p.get("name").asText(),
                            p.get("slug").asText(), p.get("type").asText(), OffsetDateTime.parse(p.get("updatedAt").asText()).toInstant())));
            assertThat(rows(c, "select key, value, description from segment.labels order by key, value"))
                    .isEqualTo(expected("labels", l -> List.of(l.get("key").asText(), l.get("value").asText(),
                            l.get("description").asText())));
            assertThat(rows(c, "select id, name, email, json_extract_string(permissions, '$[0].roleName') from segment.users order by id"))
                    .isEqualTo(expected("users", u -> List.of(u.get("id").asText(), u.get("name").asText(),
                            u.get("email").asText(), u.path("permissions").path(0).path("roleName").asText())));
            assertThat(rows(c, "select id, timestamp, type, actor, resource_id, resource_type, resource_name from segment.audit_events order by id"))
                    .isEqualTo(expected("audit-events", e -> List.of(e.get("id").asText(),
                            OffsetDateTime.parse(e.get("timestamp").asText()).toInstant(), e.get("type").asText(),
                            e.get("actor").asText(), e.get("resourceId").asText(), e.get("resourceType").asText(),
                            e.get("resourceName").asText())));
            assertThat(rows(c, "select tracking_plan_id, type, key, version from segment.tracking_plan_rules order by 1, 2, 3"))
                    .isEqualTo(expectedRules());
            assertThat(rows(c, "select count(*) from segment.sources where write_keys::varchar like '%[redacted]%'"))
                    .containsExactly(List.of(sandbox.workspace().counts().get("sources")));
        }
    }

    private static List<List<Object>> expected(String collection, Function<ObjectNode, List<Object>> project) {
        ResourceList list = sandbox.workspace().collection(collection);
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            rows.add(project.apply(list.get(i)));
        }
        rows.sort((a, b) -> compareRows(a, b));
        return rows;
    }

    private static List<List<Object>> expectedRules() {
        List<List<Object>> rows = new ArrayList<>();
        ResourceList plans = sandbox.workspace().collection("tracking-plans");
        for (int i = 0; i < plans.size(); i++) {
            String planId = plans.get(i).get("id").asText();
            ResourceList rules = sandbox.workspace().rulesOf(planId).orElseThrow();
            for (int k = 0; k < rules.size(); k++) {
                ObjectNode r = rules.get(k);
                rows.add(List.of(planId, r.get("type").asText(), r.get("key").asText(), r.get("version").asDouble()));
            }
        }
        rows.sort(EndToEndSyncTest::compareRows);
        return rows;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareRows(List<Object> a, List<Object> b) {
        for (int i = 0; i < a.size(); i++) {
            int c = ((Comparable) a.get(i)).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static List<List<Object>> rows(Connection c, String sql) throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    Object v = rs.getObject(i);
                    if (v instanceof OffsetDateTime t) {
                        v = t.toInstant();
                    }
                    row.add(Objects.requireNonNull(v, "unexpected NULL in " + md.getColumnName(i)));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
