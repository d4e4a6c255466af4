package io.segsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.segsync.cli.sync.SyncCommand;
import io.segsync.cli.sync.TargetSpec;
import io.segsync.sandbox.SandboxServer;
import io.segsync.sandbox.data.WorkspaceSize;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second run of the same task is refused while a first holds the lock, and a killed holder leaves nothing stuck. */
class RunLockTest {
    @Test
    void aSecondRunIsRefusedAndAKilledRunReleasesTheLock(@TempDir Path home, @TempDir Path data) throws Exception {
        try (SandboxServer sandbox = SandboxServer.start(SandboxServer.Options.defaults().withSize(WorkspaceSize.TINY))) {
            CliRun create = CliRun.run(home, Map.of("KEY", sandbox.token()), "connection", "create", "prod", "--api-url",
                    sandbox.baseUrl().toString(), "--api-key-env", "KEY");
            assertThat(create.exitCode()).isZero();
            String target = "duckdb:" + data.resolve("locked.duckdb");
            String key = SyncCommand.taskKey("sync:prod", TargetSpec.parse(target).describe());

            Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(), home.toString(), key)
                    .redirectErrorStream(true).start();
            try {
                BufferedReader lines = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
                assertThat(lines.readLine()).startsWith("locked ");

                CliRun refused = CliRun.run(home, Map.of(), "sync", "prod", "--target", target);
                assertThat(refused.exitCode()).isEqualTo(ExitCode.USAGE);
                assertThat(refused.singleErrorLine()).contains("a sync of 'prod' into " + target + " is already running")
                        .contains("pid " + holder.pid());

                // Another target is another task: not blocked.
                CliRun other = CliRun.run(home, Map.of(), "sync", "prod", "--target", "duckdb:" + data.resolve("other.duckdb"));
                assertThat(other.exitCode()).as(other.err()).isZero();
            } finally {
                // SIGKILL: the holder gets no chance to clean up, as in a crash.
                holder.destroyForcibly();
                holder.waitFor();
            }
            CliRun afterCrash = CliRun.run(home, Map.of(), "sync", "prod", "--target", target);
            assertThat(afterCrash.exitCode()).as(afterCrash.err()).isZero();
        }
    }
}
