package io.segsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.segsync.sandbox.SandboxServer;
import io.segsync.sandbox.data.WorkspaceSize;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectionCommandsTest {
    @TempDir
    Path home;

    @Test
    void createListShowTestDeleteWithoutRevealingTheToken() throws Exception {
        try (SandboxServer sandbox = SandboxServer.start(SandboxServer.Options.defaults().withSize(WorkspaceSize.TINY))) {
            Map<String, String> env = Map.of("KEY", sandbox.token());
            CliRun create = CliRun.run(home, env, "connection", "create", "dev", "--api-url", sandbox.baseUrl().toString(),
                    "--api-key-env", "KEY");
            assertThat(create.exitCode()).isZero();
            // Stored encrypted: the plain token is not in the configuration file, and the file is owner-only.
            Path config = home.resolve("connections.json");
            assertThat(Files.readString(config)).doesNotContain(sandbox.token()).contains("\"tokenSource\" : \"encrypted\"");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(config))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("master.key")))).isEqualTo("rw-------");

            CliRun list = CliRun.run(home, Map.of(), "connection", "list");
            assertThat(list.out()).contains("dev").contains(sandbox.baseUrl().toString()).doesNotContain(sandbox.token());

            CliRun show = CliRun.run(home, Map.of(), "connection", "show", "dev");
            assertThat(show.out()).contains("API key:           ****").doesNotContain(sandbox.token());

            // The stored (encrypted) key works without the environment variable.
            CliRun test = CliRun.run(home, Map.of(), "connection", "test", "dev");
            assertThat(test.exitCode()).as(test.err()).isZero();
            assertThat(test.out()).contains(sandbox.workspace().identity().get("name").asText())
                    .contains(sandbox.workspace().identity().get("slug").asText())
                    .contains(sandbox.workspace().id());

            CliRun duplicate = CliRun.run(home, env, "connection", "create", "dev", "--region", "us", "--api-key-env", "KEY");
            assertThat(duplicate.exitCode()).isEqualTo(ExitCode.USAGE);
            assertThat(duplicate.singleErrorLine()).contains("already exists");

            CliRun delete = CliRun.run(home, Map.of(), "connection", "delete", "dev", "--yes");
            assertThat(delete.exitCode()).isZero();
            assertThat(CliRun.run(home, Map.of(), "connection", "show", "dev").exitCode()).isEqualTo(ExitCode.USAGE);
        }
    }

    @Test
    void aReferencedKeyIsNotStored(@TempDir Path keys) throws Exception {
        Path keyFile = keys.resolve("token.txt");
        Files.writeString(keyFile, "sgp_referenced_not_stored\n");
        CliRun create = CliRun.run(home, Map.of(), "connection", "create", "ref", "--region", "eu",
                "--api-key-file", keyFile.toString(), "--store-reference");
        assertThat(create.exitCode()).as(create.err()).isZero();
        assertThat(Files.readString(home.resolve("connections.json")))
                .doesNotContain("sgp_referenced_not_stored")
                .contains("https://eu1.api.segmentapis.com")
                .contains(keyFile.toString());
    }

    @Test
    void metadataListsStreamsWithKeys() throws Exception {
        CliRun create = CliRun.run(home, Map.of("K", "sgp_x"), "connection", "create", "m", "--region", "us", "--api-key-env", "K");
        assertThat(create.exitCode()).isZero();
        CliRun json = CliRun.run(home, Map.of(), "metadata", "m", "--json");
        assertThat(json.exitCode()).isZero();
        assertThat(json.out()).contains("\"stream\" : \"tracking_plan_rules\"").contains("\"parent\" : \"tracking_plans\"")
                .contains("\"_segsync_row_hash\"");
        CliRun table = CliRun.run(home, Map.of(), "metadata", "m");
        assertThat(table.out()).contains("audit_events").contains("tracking_plan_id, type, key");
    }
}
