package io.segsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.segsync.sandbox.SandboxServer;
import io.segsync.sandbox.data.WorkspaceSize;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** rotate-key re-encrypts every stored token; the old key opens nothing afterwards; a crash mid-way is recovered. */
class KeyRotationTest {
    private static SandboxServer sandbox;

    @TempDir
    Path home;

    @BeforeAll
    static void start() throws Exception {
        sandbox = SandboxServer.start(SandboxServer.Options.defaults().withSize(WorkspaceSize.TINY));
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private void createTwo(Map<String, String> env) {
        Map<String, String> withKey = new java.util.HashMap<>(env);
        withKey.put("KEY", sandbox.token());
        for (String name : new String[] {"one", "two"}) {
            CliRun run = CliRun.run(home, withKey, "connection", "create", name, "--api-url", sandbox.baseUrl().toString(),
                    "--api-key-env", "KEY");
            assertThat(run.exitCode()).as(run.err()).isZero();
        }
        // A reference is not segsync's to rotate, and must survive the rotation unchanged.
        CliRun ref = CliRun.run(home, withKey, "connection", "create", "ref", "--api-url", sandbox.baseUrl().toString(),
                "--api-key-env", "KEY", "--store-reference");
        assertThat(ref.exitCode()).as(ref.err()).isZero();
    }

    private int test(String name, Map<String, String> env) {
        Map<String, String> withKey = new java.util.HashMap<>(env);
        withKey.put("KEY", sandbox.token());
        return CliRun.run(home, withKey, "connection", "test", name).exitCode();
    }

    private static String newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    @Test
    void withTheKeyFileTokensOpenWithTheNewKeyOnlyAndTheOldKeyIsGone() throws Exception {
        createTwo(Map.of());
        Path keyFile = home.resolve("master.key");
        String oldKey = Files.readString(keyFile).strip();
        String oldConfig = Files.readString(home.resolve("connections.json"));

        CliRun rotate = CliRun.run(home, Map.of(), "connection", "rotate-key");
        assertThat(rotate.exitCode()).as(rotate.err()).isZero();
        assertThat(rotate.out()).contains("2 stored API keys re-encrypted");

        String newKey = Files.readString(keyFile).strip();
        assertThat(newKey).isNotEqualTo(oldKey);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
        assertThat(Files.exists(home.resolve("master.key.new"))).isFalse();
        assertThat(Files.readString(home.resolve("connections.json"))).isNotEqualTo(oldConfig).contains("\"tokenRef\" : \"KEY\"");
        // The old key is nowhere under the home any more.
        try (Stream<Path> files = Files.walk(home)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1)).as(f.toString())
                        .doesNotContain(oldKey);
            }
        }
        // The new key (the key file) opens both tokens; the old key opens none.
        assertThat(test("one", Map.of())).isZero();
        assertThat(test("two", Map.of())).isZero();
        assertThat(test("ref", Map.of())).isZero();
        CliRun withOldKey = CliRun.run(home, Map.of("SEGSYNC_MASTER_KEY", oldKey), "connection", "test", "one");
        assertThat(withOldKey.exitCode()).isEqualTo(ExitCode.AUTH);
        assertThat(withOldKey.singleErrorLine()).contains("cannot be decrypted");
        CliRun withNewKey = CliRun.run(home, Map.of("SEGSYNC_MASTER_KEY", newKey), "connection", "test", "two");
        assertThat(withNewKey.exitCode()).as(withNewKey.err()).isZero();
    }

    @Test
    void aCrashBeforeTheConfigurationWasRewrittenIsUndone() throws Exception {
        createTwo(Map.of());
        Path keyFile = home.resolve("master.key");
        String oldKey = Files.readString(keyFile);
        // As left by a crash after step 1: a new key that protects nothing yet.
        Files.writeString(home.resolve("master.key.new"), newKey());

        assertThat(test("one", Map.of())).isZero();
        assertThat(Files.exists(home.resolve("master.key.new"))).isFalse();
        assertThat(Files.readString(keyFile)).isEqualTo(oldKey);
    }

    @Test
    void aCrashAfterTheConfigurationWasRewrittenIsFinished() throws Exception {
        createTwo(Map.of());
        Path keyFile = home.resolve("master.key");
        String oldKey = Files.readString(keyFile);
        assertThat(CliRun.run(home, Map.of(), "connection", "rotate-key").exitCode()).isZero();
        String newKey = Files.readString(keyFile);
        // As left by a crash after step 2: configuration under the new key, old key still in place.
        Files.writeString(home.resolve("master.key.new"), newKey);
        Files.writeString(keyFile, oldKey);

        assertThat(test("one", Map.of())).isZero();
        assertThat(test("two", Map.of())).isZero();
        assertThat(Files.exists(home.resolve("master.key.new"))).isFalse();
        assertThat(Files.readString(keyFile)).isEqualTo(newKey);
    }

    @Test
    void withSegsyncMasterKeyTheUserBringsTheNewKey() {
        String k1 = newKey();
        String k2 = newKey();
        createTwo(Map.of("SEGSYNC_MASTER_KEY", k1));
        assertThat(Files.exists(home.resolve("master.key"))).isFalse();

        CliRun withoutNewKey = CliRun.run(home, Map.of("SEGSYNC_MASTER_KEY", k1), "connection", "rotate-key");
        assertThat(withoutNewKey.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(withoutNewKey.singleErrorLine()).contains("--new-key-env");

        CliRun rotate = CliRun.run(home, Map.of("SEGSYNC_MASTER_KEY", k1, "NEW_KEY", k2), "connection", "rotate-key",
                "--new-key-env", "NEW_KEY");
        assertThat(rotate.exitCode()).as(rotate.err()).isZero();
        assertThat(rotate.out()).contains("now set SEGSYNC_MASTER_KEY to the value of NEW_KEY");

        assertThat(test("one", Map.of("SEGSYNC_MASTER_KEY", k2))).isZero();
        assertThat(test("one", Map.of("SEGSYNC_MASTER_KEY", k1))).isEqualTo(ExitCode.AUTH);
    }

    @Test
    void newKeyEnvWithoutSegsyncMasterKeyIsAUsageError() {
        CliRun run = CliRun.run(home, Map.of("NEW_KEY", newKey()), "connection", "rotate-key", "--new-key-env", "NEW_KEY");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.singleErrorLine()).contains("SEGSYNC_MASTER_KEY");
    }
}
