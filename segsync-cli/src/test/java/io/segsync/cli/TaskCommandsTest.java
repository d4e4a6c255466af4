package io.segsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.segsync.sandbox.SandboxServer;
import io.segsync.sandbox.data.WorkspaceSize;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaskCommandsTest {
    @TempDir
    Path home;

    @TempDir
    Path data;

    @Test
    void aTaskRunsWithItsMethodRecordsItsRunsAndKeepsItsMethod() throws Exception {
        try (SandboxServer sandbox = SandboxServer.start(SandboxServer.Options.defaults().withSize(WorkspaceSize.TINY))) {
            Map<String, String> env = Map.of("KEY", sandbox.token());
            assertThat(CliRun.run(home, env, "connection", "create", "dev", "--api-url", sandbox.baseUrl().toString(),
                    "--api-key-env", "KEY").exitCode()).isZero();
            String target = "duckdb:" + data.resolve("t.duckdb");
            CliRun create = CliRun.run(home, Map.of(), "task", "create", "nightly", "--connection", "dev", "--target", target,
                    "--method", "cdc", "--change-tables");
            assertThat(create.exitCode()).as(create.err()).isZero();

            CliRun first = CliRun.run(home, Map.of(), "task", "run", "nightly");
            assertThat(first.exitCode()).as(first.err()).isZero();
            assertThat(first.out()).contains("INSERTED").contains("audit_events");
            sandbox.churn(10);
            CliRun second = CliRun.run(home, Map.of(), "--json", "task", "run", "nightly");
            assertThat(second.exitCode()).as(second.err()).isZero();
            JsonNode summary = new ObjectMapper().readTree(second.out());
            long changed = 0;
            for (JsonNode s : summary.path("streams")) {
                changed += s.path("inserted").asLong() + s.path("updated").asLong() + s.path("deleted").asLong();
            }
            assertThat(changed).as("the churn reached the target").isPositive();

            CliRun runs = CliRun.run(home, Map.of(), "--json", "runs", "nightly");
            JsonNode history = new ObjectMapper().readTree(runs.out()).path("runs");
            assertThat(history).hasSize(2);
            assertThat(history.get(0).path("method").asText()).isEqualTo("cdc");
            assertThat(history.get(0).path("status").asText()).isEqualTo("SUCCEEDED");
            assertThat(history.get(1).path("streams").get(0).path("inserted").asLong()).isPositive();
            assertThat(CliRun.run(home, Map.of(), "runs").out()).contains("nightly").contains("inserted");

            CliRun change = CliRun.run(home, Map.of(), "task", "create", "nightly", "--connection", "dev", "--target", target,
                    "--method", "full-load", "--replace");
            assertThat(change.exitCode()).isEqualTo(ExitCode.USAGE);
            assertThat(change.singleErrorLine()).contains("method cannot change").contains("segsync task delete nightly")
                    .contains("start over");

            assertThat(CliRun.run(home, Map.of(), "task", "list").out()).contains("nightly").contains("cdc+ct").contains("SUCCEEDED");
            assertThat(CliRun.run(home, Map.of(), "task", "delete", "nightly", "--yes").exitCode()).isZero();
            assertThat(CliRun.run(home, Map.of(), "task", "run", "nightly").exitCode()).isEqualTo(ExitCode.USAGE);
        }
    }

    @Test
    void aFailedRunIsRecordedToo() throws Exception {
        assertThat(CliRun.run(home, Map.of("KEY", "sgp_x"), "connection", "create", "gone", "--api-url", "http://127.0.0.1:9",
                "--api-key-env", "KEY").exitCode()).isZero();
        assertThat(CliRun.run(home, Map.of(), "task", "create", "t", "--connection", "gone", "--target",
                "duckdb:" + data.resolve("x.duckdb"), "--method", "reload-compare").exitCode()).isZero();
        assertThat(CliRun.run(home, Map.of(), "task", "run", "t").exitCode()).isEqualTo(ExitCode.UNEXPECTED);
        JsonNode run = new ObjectMapper().readTree(CliRun.run(home, Map.of(), "--json", "runs", "t").out()).path("runs").get(0);
        assertThat(run.path("status").asText()).isEqualTo("FAILED");
        assertThat(run.path("error").asText()).contains("Cannot reach");
        assertThat(Files.exists(data.resolve("x.duckdb"))).isFalse();
    }

    @Test
    void badTaskDefinitionsAreRefusedWithOneLine() throws Exception {
        assertThat(CliRun.run(home, Map.of("KEY", "sgp_x"), "connection", "create", "c", "--region", "us", "--api-key-env", "KEY")
                .exitCode()).isZero();
        CliRun method = CliRun.run(home, Map.of(), "task", "create", "t", "--connection", "c", "--target", "duckdb:x.duckdb",
                "--method", "sometimes");
        assertThat(method.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(method.singleErrorLine()).contains("unknown update method 'sometimes'");
        CliRun ct = CliRun.run(home, Map.of(), "task", "create", "t", "--connection", "c", "--target", "duckdb:x.duckdb",
                "--method", "full-load", "--change-tables");
        assertThat(ct.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(ct.singleErrorLine()).contains("--change-tables needs");
        CliRun connection = CliRun.run(home, Map.of(), "task", "create", "t", "--connection", "nope", "--target", "duckdb:x.duckdb",
                "--method", "cdc");
        assertThat(connection.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(Files.exists(home.resolve("tasks.json"))).isFalse();
    }
}
