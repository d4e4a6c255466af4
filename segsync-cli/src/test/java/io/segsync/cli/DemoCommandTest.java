package io.segsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.segsync.sandbox.data.WorkspaceGenerator;
import io.segsync.sandbox.data.WorkspaceSize;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
    @Test
    void demoLandsEveryStreamWithTheCountsTheSandboxServed(@TempDir Path home, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("demo.duckdb");
        CliRun run = CliRun.run(home, Map.of(), "demo", "--file", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("A query worth running").contains("SOURCE");

        // The demo's default workspace, generated again here: same seed, same data.
        Map<String, Long> served = WorkspaceGenerator.generate(42, WorkspaceSize.SMALL).counts();
        Map<String, String> tables = Map.of("sources", "sources", "destinations", "destinations", "warehouses", "warehouses",
                "tracking_plans", "tracking-plans", "tracking_plan_rules", "tracking-plan-rules", "labels", "labels",
                "users", "users", "audit_events", "audit-events");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file)) {
            for (Map.Entry<String, String> t : tables.entrySet()) {
                assertThat(count(c, "select count(*) from segment." + t.getKey())).as(t.getKey()).isEqualTo(served.get(t.getValue()));
            }
            assertThat(count(c, "select count(*) from segment.destinations d join segment.sources s on d.source_id = s.id"))
                    .isEqualTo(served.get("destinations"));
        }
    }

    private static long count(Connection c, String sql) throws Exception {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
