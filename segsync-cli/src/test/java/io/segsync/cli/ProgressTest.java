package io.segsync.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.segsync.sandbox.SandboxServer;
import io.segsync.sandbox.data.WorkspaceSize;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Progress as the user sees it: live bars redrawn in place on a terminal (checked under a real
 * pseudo-terminal with util-linux {@code script}), plain timestamped lines without a single control
 * character anywhere else.
 */
class ProgressTest {
    private static final List<String> STREAMS = List.of("sources", "destinations", "warehouses", "tracking_plans",
            "tracking_plan_rules", "labels", "users", "audit_events");

    @Test
    void withoutATerminalProgressIsPlainTimestampedLines(@TempDir Path home, @TempDir Path data) throws Exception {
        try (SandboxServer sandbox = SandboxServer.start(SandboxServer.Options.defaults().withSize(WorkspaceSize.SMALL))) {
            CliRun.run(home, Map.of("KEY", sandbox.token()), "connection", "create", "s", "--api-url", sandbox.baseUrl().toString(),
                    "--api-key-env", "KEY");
            CliRun run = CliRun.run(home, Map.of(), "sync", "s", "--target", "duckdb:" + data.resolve("plain.duckdb"));
            assertThat(run.exitCode()).as(run.err()).isZero();
            for (String stream : STREAMS) {
                assertThat(run.err()).containsPattern("\\d\\d:\\d\\d:\\d\\d " + stream + " +reading")
                        .containsPattern("\\d\\d:\\d\\d:\\d\\d " + stream + " +[\\d,]+ rows in");
            }
            assertThat(run.err() + run.out()).doesNotContain("\u001b").doesNotContain("\r");

            CliRun quiet = CliRun.run(home, Map.of(), "--quiet", "sync", "s", "--target", "duckdb:" + data.resolve("quiet.duckdb"));
            assertThat(quiet.exitCode()).isZero();
            assertThat(quiet.err()).isEmpty();
            assertThat(quiet.out()).isEmpty();
        }
    }

    @Test
    void onATerminalEachStreamGetsALiveProgressBar(@TempDir Path home, @TempDir Path data) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "util-linux script is needed for a pseudo-terminal");
        try (SandboxServer sandbox = SandboxServer.start(SandboxServer.Options.defaults().withSize(WorkspaceSize.MEDIUM))) {
            CliRun create = CliRun.run(home, Map.of("KEY", sandbox.token()), "connection", "create", "medium", "--api-url",
                    sandbox.baseUrl().toString(), "--api-key-env", "KEY");
            assertThat(create.exitCode()).isZero();

            List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                    "sync", "medium", "--target", "duckdb:" + data.resolve("pty.duckdb"));
            // A pseudo-terminal has no size until someone sets one; a real terminal always has one.
            String shell = "stty cols 160 rows 50; exec " + command.stream().map(ProgressTest::quote).collect(Collectors.joining(" "));
            ProcessBuilder builder = new ProcessBuilder("/usr/bin/script", "-qfec", shell, "/dev/null").redirectErrorStream(true);
            builder.environment().put("SEGSYNC_HOME", home.toString());
            builder.environment().put("TERM", "xterm-256color");
            Process process = builder.start();
            String screen;
            // stdin stays open until the command is done: script ends the session when its input ends.
            try (OutputStream stdin = process.getOutputStream(); InputStream output = process.getInputStream()) {
                ByteArrayOutputStream all = new ByteArrayOutputStream();
                output.transferTo(all);
                screen = all.toString(StandardCharsets.UTF_8);
            }
            assertThat(process.waitFor()).as(screen).isZero();

            assertThat(screen).contains("\r").contains("\u001b[");
            assertThat(screen).contains("█").contains("rows/s").contains("pages");
            for (String stream : STREAMS) {
                assertThat(screen).as(stream).containsPattern(stream + " +(\\d+|\\?) ?%");
            }
            // Segment's totalEntries gives the percentage and the ETA of a top-level stream.
            assertThat(screen).containsPattern("audit_events +100% .*20000/20000 rows \\(\\d+:\\d\\d:\\d\\d / \\d+:\\d\\d:\\d\\d\\)");
            assertThat(screen).contains("Synced workspace").contains("SUCCEEDED");
        }
    }

    private static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
