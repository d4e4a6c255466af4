package io.segsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code segsync sandbox}: bad options get one line; a good one serves and prints a token that works. */
class SandboxCommandTest {
    @TempDir
    Path home;

    @Test
    void badOptionsGetOneLineAndExitTwo() throws Exception {
        for (String[] args : List.of(new String[] {"sandbox", "--size", "enormous", "--port", "0"},
                new String[] {"sandbox", "--faults", "nonsense", "--port", "0"},
                new String[] {"sandbox", "--region", "mars", "--port", "0"},
                new String[] {"sandbox", "--rate-limit", "lots", "--port", "0"})) {
            CliRun run = CliRun.run(home, Map.of(), args);
            assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(ExitCode.USAGE);
            assertThat(run.singleErrorLine()).as(String.join(" ", args)).startsWith("segsync:");
        }
        try (ServerSocket taken = new ServerSocket(0)) {
            CliRun run = CliRun.run(home, Map.of(), "sandbox", "--port", Integer.toString(taken.getLocalPort()));
            assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
            assertThat(run.singleErrorLine()).contains("in use");
        }
    }

    @Test
    void itServesAsItsOwnProcessAndPrintsAWorkingToken() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "sandbox", "--port", Integer.toString(port), "--size", "tiny", "--token", "sgp_sandbox_test_token")
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            List<String> lines = new ArrayList<>();
            String line;
            while ((line = out.readLine()) != null && !line.contains("Ctrl-C")) {
                lines.add(line);
            }
            assertThat(String.join("\n", lines)).contains("sgp_sandbox_test_token").contains("segsync connection create");
            HttpResponse<String> workspace = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                    .header("Authorization", "Bearer sgp_sandbox_test_token").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(workspace.statusCode()).isEqualTo(200);
            assertThat(workspace.body()).contains("\"workspace\"");
        } finally {
            p.destroy();
            p.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
