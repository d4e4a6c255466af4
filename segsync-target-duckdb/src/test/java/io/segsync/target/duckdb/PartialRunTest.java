package io.segsync.target.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import io.segsync.api.ApiToken;
import io.segsync.api.ApiUrl;
import io.segsync.api.ClientSettings;
import io.segsync.api.SegmentClient;
import io.segsync.core.catalog.Catalog;
import io.segsync.core.sync.RunResult;
import io.segsync.core.sync.RunStatus;
import io.segsync.core.sync.SkippedStream;
import io.segsync.core.sync.StreamResult;
import io.segsync.core.sync.SyncEngine;
import io.segsync.core.sync.SyncListener;
import io.segsync.core.sync.SyncOptions;
import io.segsync.core.sync.UpdateMethod;
import io.segsync.sandbox.SandboxServer;
import io.segsync.sandbox.data.Plan;
import io.segsync.sandbox.data.WorkspaceSize;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A Team-plan token is refused the Business-only streams: they are skipped with the reason, the others land. */
class PartialRunTest {
    @ParameterizedTest
    @EnumSource(UpdateMethod.class)
    void businessOnlyStreamsAreSkippedAndTheOthersLand(UpdateMethod method, @TempDir Path dir) throws Exception {
        try (SandboxServer sandbox = SandboxServer.start(SandboxServer.Options.defaults().withSize(WorkspaceSize.TINY))) {
            String teamToken = sandbox.token(sandbox.workspace().region(), Plan.TEAM);
            ClientSettings settings = ClientSettings.of(ApiUrl.parse(sandbox.baseUrl().toString(), false), ApiToken.of(teamToken));
            Path file = dir.resolve("team.duckdb");
            RunResult result;
            try (SegmentClient client = new SegmentClient(settings)) {
                result = new SyncEngine(client, new DuckDbTarget(file), SyncOptions.defaults().withMethod(method, false), SyncListener.NONE)
                        .run(Catalog.standard().streams());
            }
            assertThat(result.status()).isEqualTo(RunStatus.PARTIAL);
            Map<String, String> skipped = result.skipped().stream().collect(Collectors.toMap(SkippedStream::stream, SkippedStream::reason));
            assertThat(skipped).containsOnlyKeys("warehouses", "audit_events");
            assertThat(skipped.get("audit_events")).contains("403").contains("Business plan");
            assertThat(result.streams()).extracting(StreamResult::stream)
                    .containsExactlyInAnyOrder("sources", "destinations", "tracking_plans", "tracking_plan_rules", "labels", "users");
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file);
                 ResultSet rs = c.createStatement().executeQuery("select table_name from information_schema.tables "
                         + "where table_schema = 'segment' and table_name in ('warehouses', 'audit_events', 'sources')")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("sources");
                assertThat(rs.next()).as("skipped streams have no table").isFalse();
            }
        }
    }
}
