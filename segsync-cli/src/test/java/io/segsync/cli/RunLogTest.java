package io.segsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.segsync.cli.log.Redactor;
import io.segsync.cli.log.RunLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One owner-only log file per run, old ones pruned, every line redacted. */
class RunLogTest {
    @TempDir
    Path home;

    private List<Path> logs() throws Exception {
        try (Stream<Path> files = Files.list(home.resolve("logs"))) {
            return files.sorted().toList();
        }
    }

    @Test
    void eachRunWritesItsOwnOwnerOnlyLogFile() throws Exception {
        CliRun.run(home, Map.of("K", "sgp_log_test_token_1"), "connection", "create", "a", "--region", "us", "--api-key-env", "K");
        CliRun.run(home, Map.of(), "connection", "list");
        CliRun.run(home, Map.of(), "connection", "show", "nope");
        List<Path> logs = logs();
        assertThat(logs).hasSize(3);
        assertThat(logs).allMatch(p -> p.getFileName().toString().matches("segsync-\\d{8}-\\d{6}\\.\\d{3}-[0-9a-f]{8}\\.log"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("logs")))).isEqualTo("rwx------");
        for (Path p : logs) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p))).isEqualTo("rw-------");
        }
        String failed = Files.readString(logs.get(2));
        assertThat(failed).contains("segsync connection show").contains("no connection named 'nope'").contains("exit code 2");
        // Help and version are not runs: no log file.
        CliRun.run(home, Map.of(), "--help");
        CliRun.run(home, Map.of(), "connection", "list", "--help");
        assertThat(logs()).hasSize(3);
    }

    @Test
    void oldLogsArePrunedToTheNewest30() throws Exception {
        Path dir = Files.createDirectories(home.resolve("logs"));
        for (int i = 0; i < 40; i++) {
            Files.writeString(dir.resolve(String.format("segsync-20200101-0000%02d-0000000%d.log", i, i % 10)), "old run " + i);
        }
        Files.writeString(dir.resolve("notes.txt"), "not a run log: kept");
        CliRun.run(home, Map.of(), "connection", "list");
        List<Path> logs = logs();
        assertThat(logs).hasSize(RunLog.KEEP_FILES + 1);
        assertThat(logs).contains(dir.resolve("notes.txt"));
        assertThat(logs).doesNotContain(dir.resolve("segsync-20200101-000000-00000000.log"));
        assertThat(logs).contains(dir.resolve("segsync-20200101-000039-00000009.log"));
    }

    @Test
    void verboseSendsTheSameRedactedDebugLinesToStderr() throws Exception {
        CliRun run = CliRun.run(home, Map.of("K", "sgp_verbose_token_value"), "--verbose", "connection", "create", "v",
                "--region", "eu", "--api-key-env", "K");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("INFO").contains("segsync connection create");
        assertThat(run.err() + Files.readString(logs().get(0))).doesNotContain("sgp_verbose_token_value");
        CliRun quiet = CliRun.run(home, Map.of(), "connection", "list");
        assertThat(quiet.err()).isEmpty();
    }

    @Test
    void theRedactorMasksRegisteredSecretsBearerCredentialsAndSegmentTokens() {
        Redactor.register("a-registered-secret-value");
        assertThat(Redactor.redact("x a-registered-secret-value y")).isEqualTo("x **** y");
        assertThat(Redactor.redact("Authorization: Bearer abc.def-123")).isEqualTo("Authorization: Bearer ****");
        assertThat(Redactor.redact("header \"bearer xyz\"")).isEqualTo("header \"bearer ****\"");
        assertThat(Redactor.redact("token sgp_AbCdEf0123456789 leaked")).isEqualTo("token sgp_**** leaked");
        assertThat(Redactor.redact("Bearer ****")).isEqualTo("Bearer ****");
        // Short values are not registered: they would mask ordinary words.
        Redactor.register("abc");
        assertThat(Redactor.redact("abc")).isEqualTo("abc");
    }

    @Test
    void anUnwritableHomeIsOneClearLine() throws Exception {
        Path file = Files.writeString(home.resolve("not-a-directory"), "x");
        CliRun run = CliRun.run(file, Map.of(), "connection", "list");
        assertThat(run.exitCode()).isEqualTo(ExitCode.UNEXPECTED);
        assertThat(run.singleErrorLine()).contains("cannot create the log file").contains("SEGSYNC_HOME");
    }
}
