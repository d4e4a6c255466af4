package io.segsync.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.segsync.sandbox.data.WorkspaceSize;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sandbox as its own process, with a 256 MB heap: it serves a million audit events in pages of a
 * thousand without running out of memory, and answers byte for byte what an in-process sandbox with
 * the same seed, size and token answers.
 */
class SandboxProcessTest {
    private static final String SIZE = "small,audit-events=1000000";
    private static final String TOKEN = "sgp_process_test_token";
    static Process process;
    static URI processUrl;
    static SandboxServer inProcess;

    @BeforeAll
    static void start() throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m", "-XX:+ExitOnOutOfMemoryError",
                "-cp", System.getProperty("java.class.path"), "io.segsync.sandbox.SandboxMain",
                "--port", "0", "--seed", "21", "--size", SIZE);
        pb.environment().put("SEGSYNC_SANDBOX_TOKEN", TOKEN);
        pb.redirectErrorStream(true);
        process = pb.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null && !line.startsWith("sandbox-ready")) {
            // skip JVM chatter until the sandbox says where it listens
        }
        assertThat(line).as("the sandbox process started").isNotNull();
        processUrl = URI.create("http://127.0.0.1:" + line.split(" ")[1]);
        inProcess = SandboxServer.start(SandboxServer.Options.defaults().withSeed(21)
                .withSize(WorkspaceSize.parse(SIZE)).withToken(TOKEN));
    }

    @AfterAll
    static void stop() throws Exception {
        inProcess.close();
        process.destroy();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    @Test
    void answersAreByteIdenticalToAnInProcessSandbox() {
        Map<String, String> requests = SampleRequests.discover(inProcess.baseUrl(), TOKEN);
        requests.forEach((op, path) -> {
            Http.Response here = Http.get(inProcess.baseUrl(), path, TOKEN);
            Http.Response there = Http.get(processUrl, path, TOKEN);
            assertThat(there.status()).as(op).isEqualTo(here.status());
            assertThat(there.body()).as(op).isEqualTo(here.body());
            assertThat(there.header("Content-Type")).as(op).isEqualTo(here.header("Content-Type"));
        });
    }

    @Test
    void aMillionAuditEventsPageThroughA256MbHeap() {
        long seen = 0;
        String cursor = null;
        String previousTimestamp = null;
        do {
            Http.Response r = Http.get(processUrl, "/audit-events?pagination.count=1000"
                    + (cursor == null ? "" : "&pagination.cursor=" + SampleRequests.enc(cursor)), TOKEN);
            assertThat(r.status()).isEqualTo(200);
            JsonNode data = r.json().path("data");
            JsonNode events = data.path("events");
            assertThat(events.size()).isEqualTo(1000);
            String first = events.get(0).path("timestamp").asText();
            if (previousTimestamp != null) {
                assertThat(first).isLessThan(previousTimestamp);
            }
            previousTimestamp = events.get(events.size() - 1).path("timestamp").asText();
            seen += events.size();
            cursor = data.path("pagination").path("next").asText(null);
        } while (cursor != null);
        assertThat(seen).isEqualTo(1_000_000);
        assertThat(process.isAlive()).isTrue();
        JsonNode heap = Http.get(processUrl, "/__sandbox/heap", null).json();
        assertThat(heap.path("maxBytes").asLong()).isLessThanOrEqualTo(256L * 1024 * 1024);
        assertThat(heap.path("usedBytes").asLong()).isLessThan(64L * 1024 * 1024);
        System.out.println("sandbox process heap after serving 1,000,000 audit events: "
                + heap.path("usedBytes").asLong() / (1024 * 1024) + " MB used of " + heap.path("maxBytes").asLong() / (1024 * 1024) + " MB");
    }
}
