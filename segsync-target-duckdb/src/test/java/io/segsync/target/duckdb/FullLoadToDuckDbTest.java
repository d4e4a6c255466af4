package io.segsync.target.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segsync.api.ApiToken;
import io.segsync.api.ApiUrl;
import io.segsync.api.ClientSettings;
import io.segsync.api.SegmentClient;
import io.segsync.api.error.AuthenticationFailedException;
import io.segsync.core.catalog.Catalog;
import io.segsync.core.sync.SyncEngine;
import io.segsync.core.sync.RunResult;
import io.segsync.core.sync.SyncListener;
import io.segsync.core.sync.SyncOptions;
import io.segsync.sandbox.SandboxServer;
import io.segsync.sandbox.data.WorkspaceSize;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FullLoadToDuckDbTest {
    private static SandboxServer sandbox;

    @BeforeAll
    static void startSandbox() throws Exception {
        sandbox = SandboxServer.start(SandboxServer.Options.defaults().withSeed(7).withSize(WorkspaceSize.SMALL));
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    private static SegmentClient client(String token, int pageSize) {
        return new SegmentClient(ClientSettings.of(ApiUrl.parse(sandbox.baseUrl().toString(), false), ApiToken.of(token))
                .withPageSize(pageSize));
    }

    private static RunResult sync(Path file, String token) {
        try (SegmentClient client = client(token, 37)) {
            Catalog catalog = Catalog.standard();
            return new SyncEngine(client, new DuckDbTarget(file), SyncOptions.defaults(), SyncListener.NONE)
                    .run(catalog.plan(Set.copyOf(catalog.streams().stream().map(s -> s.name()).toList())));
        }
    }

    private static long count(Connection c, String sql) throws Exception {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void landsEveryStreamWithTheSandboxCounts(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ws.duckdb");
        RunResult result = sync(file, sandbox.token());
        Map<String, Long> counts = sandbox.workspace().counts();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file)) {
            assertThat(count(c, "select count(*) from segment.sources")).isEqualTo(counts.get("sources"));
            assertThat(count(c, "select count(*) from segment.destinations")).isEqualTo(counts.get("destinations"));
            assertThat(count(c, "select count(*) from segment.warehouses")).isEqualTo(counts.get("warehouses"));
            assertThat(count(c, "select count(*) from segment.tracking_plans")).isEqualTo(counts.get("tracking-plans"));
            assertThat(count(c, "select count(*) from segment.tracking_plan_rules")).isEqualTo(counts.get("tracking-plan-rules"));
            assertThat(count(c, "select count(*) from segment.labels")).isEqualTo(counts.get("labels"));
            assertThat(count(c, "select count(*) from segment.users")).isEqualTo(counts.get("users"));
            assertThat(count(c, "select count(*) from segment.audit_events")).isEqualTo(counts.get("audit-events"));
            assertThat(count(c, "select count(*) from segment.destinations d join segment.sources s on d.source_id = s.id"))
                    .isEqualTo(counts.get("destinations"));
            assertThat(count(c, "select count(*) from segment.sources where cast(write_keys as varchar) like '%[redacted]%'"))
                    .isEqualTo(counts.get("sources"));
        }
        assertThat(result.streams()).hasSize(8);
    }

    @Test
    void aRejectedKeyWritesNothing(@TempDir Path dir) {
        Path file = dir.resolve("nothing.duckdb");
        assertThatThrownBy(() -> sync(file, "sgp_not_a_valid_token"))
                .isInstanceOf(AuthenticationFailedException.class)
                .hasMessageContaining("Public API token")
                .hasMessageContaining(sandbox.baseUrl().toString());
        assertThat(Files.exists(file)).isFalse();
    }

    @Test
    void aSecondRunReplacesTablesAndAFailedRunLeavesThemIntact(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ws.duckdb");
        sync(file, sandbox.token());
        sync(file, sandbox.token());
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file)) {
            assertThat(count(c, "select count(*) from segment.sources")).isEqualTo(sandbox.workspace().counts().get("sources"));
        }
    }
}
