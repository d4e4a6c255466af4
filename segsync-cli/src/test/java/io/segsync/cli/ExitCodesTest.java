package io.segsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.segsync.sandbox.SandboxServer;
import io.segsync.sandbox.data.WorkspaceSize;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every documented exit code, each caused by what it documents. */
class ExitCodesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static SandboxServer sandbox;

    @TempDir
    Path home;

    @TempDir
    Path data;

    @BeforeAll
    static void start() throws Exception {
        sandbox = SandboxServer.start(SandboxServer.Options.defaults().withSize(WorkspaceSize.TINY));
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private void create(String name, String url, String token) {
        CliRun run = CliRun.run(home, Map.of("KEY", token), "connection", "create", name, "--api-url", url, "--api-key-env", "KEY");
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    void zeroOnSuccess() {
        create("ok", sandbox.baseUrl().toString(), sandbox.token());
        CliRun run = CliRun.run(home, Map.of(), "sync", "ok", "--target", "duckdb:" + data.resolve("ok.duckdb"));
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("SUCCEEDED");
    }

    @Test
    void oneWhenTheApiCannotBeReached() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        create("gone", "http://127.0.0.1:" + closedPort, "sgp_x_unreachable");
        CliRun run = CliRun.run(home, Map.of(), "connection", "test", "gone");
        assertThat(run.exitCode()).isEqualTo(ExitCode.UNEXPECTED);
        assertThat(run.singleErrorLine()).contains("Cannot reach the Segment API");
    }

    @Test
    void twoOnAUsageError() {
        CliRun run = CliRun.run(home, Map.of(), "sync", "prod", "--no-such-option");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--no-such-option").contains("segsync sync --help");
        assertThat(run.err()).doesNotContain("\tat ");
    }

    @Test
    void threeWhenSomeStreamsAreSkippedAndTheOthersLand() throws Exception {
        try (ForbiddingProxy proxy = new ForbiddingProxy(sandbox.baseUrl(), Set.of("/audit-events"))) {
            create("plan", proxy.baseUrl().toString(), sandbox.token());
            Path file = data.resolve("partial.duckdb");
            CliRun run = CliRun.run(home, Map.of(), "sync", "plan", "--target", "duckdb:" + file);
            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.PARTIAL);
            assertThat(run.out()).contains("PARTIAL").contains("audit_events").contains("skipped").contains("403");
            assertThat(run.err()).contains("audit_events").contains("skipped");
            assertThat(tables(file)).contains("sources", "destinations", "tracking_plan_rules").doesNotContain("audit_events");

            CliRun json = CliRun.run(home, Map.of(), "--json", "sync", "plan", "--target", "duckdb:" + file);
            assertThat(json.exitCode()).isEqualTo(ExitCode.PARTIAL);
            assertThat(json.out()).contains("\"status\" : \"PARTIAL\"").contains("\"status\" : \"SKIPPED\"");
        }
    }

    @Test
    void fourWhenTheKeyIsRejected() {
        create("bad", sandbox.baseUrl().toString(), "sgp_wrong_but_well_formed");
        CliRun run = CliRun.run(home, Map.of(), "connection", "test", "bad");
        assertThat(run.exitCode()).isEqualTo(ExitCode.AUTH);
        assertThat(run.singleErrorLine()).contains("API key was rejected");
    }

    @Test
    void fiveWhenTheTargetCannotBeWritten() {
        create("ok", sandbox.baseUrl().toString(), sandbox.token());
        CliRun run = CliRun.run(home, Map.of(), "sync", "ok", "--target", "duckdb:" + data.resolve("missing").resolve("x.duckdb"));
        assertThat(run.exitCode()).isEqualTo(ExitCode.TARGET);
        assertThat(run.singleErrorLine()).contains("does not exist");
    }

    @Test
    void errorsAreJsonTooWithJson() throws Exception {
        CliRun unknown = CliRun.run(home, Map.of(), "connection", "show", "nope", "--json");
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.USAGE);
        JsonNode error = JSON.readTree(unknown.out()).get("error");
        assertThat(error.get("code").asInt()).isEqualTo(2);
        assertThat(error.get("message").asText()).contains("no connection named 'nope'");
        CliRun badOption = CliRun.run(home, Map.of(), "--json", "sync", "prod", "--bogus");
        assertThat(badOption.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(JSON.readTree(badOption.out()).get("error").get("message").asText()).contains("--bogus");
    }

    private static List<String> tables(Path file) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select table_name from information_schema.tables where table_schema = 'segment'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        assertThat(Files.exists(file)).isTrue();
        return names;
    }
}
