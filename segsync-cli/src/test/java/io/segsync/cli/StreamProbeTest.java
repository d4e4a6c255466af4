package io.segsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.segsync.core.catalog.Catalog;
import io.segsync.sandbox.SandboxServer;
import io.segsync.sandbox.data.WorkspaceSize;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code connection test} counts the streams this token can read, and names the ones it cannot. */
class StreamProbeTest {
    @Test
    void countsReadableStreamsAndNamesTheRefusedOnes(@TempDir Path home) throws Exception {
        try (SandboxServer sandbox = SandboxServer.start(SandboxServer.Options.defaults().withSize(WorkspaceSize.TINY));
             ForbiddingProxy proxy = new ForbiddingProxy(sandbox.baseUrl(), Set.of("/tracking-plans"))) {
            Map<String, String> env = Map.of("KEY", sandbox.token());
            CliRun.run(home, env, "connection", "create", "all", "--api-url", sandbox.baseUrl().toString(), "--api-key-env", "KEY");
            CliRun.run(home, env, "connection", "create", "team", "--api-url", proxy.baseUrl().toString(), "--api-key-env", "KEY");

            CliRun all = CliRun.run(home, Map.of(), "connection", "test", "all");
            assertThat(all.exitCode()).as(all.err()).isZero();
            int total = Catalog.all().streams().size();
            assertThat(all.out()).contains("Streams readable:  " + total + " of " + total).contains("Round trip:").contains("Region:            custom");

            CliRun team = CliRun.run(home, Map.of(), "--json", "connection", "test", "team");
            assertThat(team.exitCode()).as(team.err()).isZero();
            JsonNode streams = new ObjectMapper().readTree(team.out()).get("streams");
            assertThat(streams.get("readable").asInt()).isEqualTo(total - 3);
            assertThat(streams.get("total").asInt()).isEqualTo(total);
            assertThat(streams.get("unreadable").findValuesAsText("stream"))
                    .containsExactly("tracking_plans", "tracking_plan_rules", "tracking_plan_sources");
        }
    }
}
