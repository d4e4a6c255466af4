package io.segsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.segsync.sandbox.SandboxServer;
import io.segsync.sandbox.data.WorkspaceSize;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each mistake gets one clear line, a non-zero exit, and writes nothing. */
class BadInputTest {
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

    private CliRun createConnection(String name, String url, String token) {
        return CliRun.run(home, Map.of("KEY", token), "connection", "create", name, "--api-url", url, "--api-key-env", "KEY");
    }

    private static long filesUnder(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void unknownConnection() throws IOException {
        CliRun run = CliRun.run(home, Map.of(), "sync", "nope", "--target", "duckdb:" + data.resolve("x.duckdb"));
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.singleErrorLine()).contains("no connection named 'nope'").contains("segsync connection list");
        assertThat(filesUnder(data)).isZero();
    }

    @Test
    void rejectedKey() throws IOException {
        assertThat(createConnection("bad", sandbox.baseUrl().toString(), "sgp_wrong").exitCode()).isZero();
        CliRun run = CliRun.run(home, Map.of("KEY", "sgp_wrong"), "sync", "bad", "--target", "duckdb:" + data.resolve("x.duckdb"));
        assertThat(run.exitCode()).isEqualTo(ExitCode.AUTH);
        assertThat(run.singleErrorLine())
                .contains("API key was rejected")
                .contains("Public API token of this workspace")
                .contains("Config API tokens do not work")
                .contains(sandbox.baseUrl().toString())
                .doesNotContain("sgp_wrong");
        assertThat(filesUnder(data)).isZero();
    }

    @Test
    void plainHttpToANonLoopbackHost() {
        CliRun run = createConnection("remote", "http://api.example.com", "sgp_x");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.singleErrorLine()).contains("plain http:// is only allowed to a loopback host");
        assertThat(Files.exists(home.resolve("connections.json"))).isFalse();
    }

    @Test
    void httpsToANonSegmentHostNeedsOptIn() {
        CliRun run = createConnection("proxy", "https://proxy.example.com", "sgp_x");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.singleErrorLine()).contains("--allow-custom-host");
        assertThat(Files.exists(home.resolve("connections.json"))).isFalse();
    }

    @Test
    void unreachableApiUrl() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        assertThat(createConnection("gone", "http://127.0.0.1:" + closedPort, "sgp_x").exitCode()).isZero();
        CliRun run = CliRun.run(home, Map.of("KEY", "sgp_x"), "sync", "gone", "--target", "duckdb:" + data.resolve("x.duckdb"));
        assertThat(run.exitCode()).isEqualTo(ExitCode.UNEXPECTED);
        assertThat(run.singleErrorLine()).contains("Cannot reach the Segment API at http://127.0.0.1:" + closedPort);
        assertThat(filesUnder(data)).isZero();
    }

    @Test
    void targetInADirectoryThatDoesNotExist() throws IOException {
        assertThat(createConnection("ok", sandbox.baseUrl().toString(), sandbox.token()).exitCode()).isZero();
        Path missing = data.resolve("no-such-dir").resolve("x.duckdb");
        CliRun run = CliRun.run(home, Map.of("KEY", sandbox.token()), "sync", "ok", "--target", "duckdb:" + missing);
        assertThat(run.exitCode()).isEqualTo(ExitCode.TARGET);
        assertThat(run.singleErrorLine()).contains("does not exist").contains("no-such-dir");
        assertThat(filesUnder(data)).isZero();
    }

    @Test
    void unknownTargetFormAndUnknownStream() {
        assertThat(createConnection("ok", sandbox.baseUrl().toString(), sandbox.token()).exitCode()).isZero();
        CliRun target = CliRun.run(home, Map.of("KEY", sandbox.token()), "sync", "ok", "--target", "oracle:x");
        assertThat(target.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(target.singleErrorLine()).contains("unknown target 'oracle:x'");
        CliRun stream = CliRun.run(home, Map.of("KEY", sandbox.token()), "sync", "ok", "--streams", "sources,nope",
                "--target", "duckdb:" + data.resolve("x.duckdb"));
        assertThat(stream.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(stream.singleErrorLine()).contains("unknown stream 'nope'");
    }

    @Test
    void aDamagedConfigurationFileIsReportedAndLeftUntouched() throws IOException {
        Files.writeString(home.resolve("connections.json"), "{ not json");
        CliRun run = CliRun.run(home, Map.of(), "connection", "list");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.singleErrorLine()).contains(home.resolve("connections.json").toString()).contains("damaged");
        assertThat(Files.readString(home.resolve("connections.json"))).isEqualTo("{ not json");
    }

    @Test
    void missingApiKeySourceWithoutATerminalSaysHow() {
        CliRun run = CliRun.run(home, Map.of(), "connection", "create", "x", "--region", "us");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.singleErrorLine()).contains("--api-key-env").contains("--api-key-file");
    }
}
