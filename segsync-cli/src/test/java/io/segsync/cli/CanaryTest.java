package io.segsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.segsync.sandbox.SandboxServer;
import io.segsync.sandbox.data.WorkspaceSize;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance test of issue 7: a canary token goes through every command, plain, verbose and JSON,
 * and then is searched for, plain, base64 (standard and URL-safe, at all three alignments) and hex,
 * in everything segsync wrote or printed: the home (configuration, key, locks, logs), stdout, stderr
 * and the target. Zero hits.
 */
class CanaryTest {
    private static final String CANARY = "sgp_CANARY_7f3a9c1e5b2d4f60a8e1c3b5d7f9a2c4";

    @Test
    void theTokenIsNowhereInPlainTextBase64OrHex(@TempDir Path home, @TempDir Path data) throws Exception {
        List<CliRun> runs = new ArrayList<>();
        Path target = data.resolve("canary.duckdb");
        try (SandboxServer sandbox = SandboxServer.start(SandboxServer.Options.defaults().withSize(WorkspaceSize.TINY)
                .withToken(CANARY))) {
            Map<String, String> env = Map.of("CANARY_TOKEN", CANARY);
            String url = sandbox.baseUrl().toString();
            List<String[]> commands = List.of(
                    new String[] {"connection", "create", "canary", "--api-url", url, "--api-key-env", "CANARY_TOKEN"},
                    new String[] {"connection", "create", "canary-ref", "--api-url", url, "--api-key-env", "CANARY_TOKEN",
                            "--store-reference"},
                    new String[] {"connection", "list"},
                    new String[] {"connection", "show", "canary"},
                    new String[] {"connection", "test", "canary"},
                    new String[] {"connection", "test", "canary-ref"},
                    new String[] {"metadata", "canary"},
                    new String[] {"sync", "canary", "--target", "duckdb:" + target},
                    new String[] {"sync", "canary-ref", "--target", "duckdb:" + target, "--streams", "sources"},
                    new String[] {"connection", "rotate-key"},
                    new String[] {"connection", "test", "canary"},
                    new String[] {"sync", "canary", "--target", "duckdb:" + target},
                    new String[] {"connection", "delete", "canary-ref", "--yes"},
                    new String[] {"connection", "delete", "canary", "--yes"});
            // Each command three ways: as is, with debug logs on stderr, and with the JSON summary.
            for (String[] variant : new String[][] {{}, {"--verbose"}, {"--json"}}) {
                for (String[] command : commands) {
                    String[] args = Stream.concat(Stream.of(variant), Stream.of(command)).toArray(String[]::new);
                    CliRun run = CliRun.run(home, env, args);
                    runs.add(run);
                    assertThat(run.exitCode()).as(String.join(" ", args) + "\n" + run.err()).isZero();
                }
            }
            // A failure that echoes request details: the token rejected by the sandbox would be one.
            runs.add(CliRun.run(home, Map.of("CANARY_TOKEN", CANARY + "x"), "--verbose", "connection", "create", "wrong",
                    "--api-url", url, "--api-key-env", "CANARY_TOKEN"));
            runs.add(CliRun.run(home, Map.of(), "--verbose", "connection", "test", "wrong"));
            assertThat(runs.get(runs.size() - 1).exitCode()).isEqualTo(ExitCode.AUTH);
        }

        Map<String, byte[]> haystacks = new LinkedHashMap<>();
        for (int i = 0; i < runs.size(); i++) {
            haystacks.put("stdout of run " + i, runs.get(i).out().getBytes(StandardCharsets.UTF_8));
            haystacks.put("stderr of run " + i, runs.get(i).err().getBytes(StandardCharsets.UTF_8));
        }
        addFiles(haystacks, home);
        addFiles(haystacks, data);
        assertThat(haystacks.keySet()).anyMatch(k -> k.contains("/logs/segsync-"));
        assertThat(haystacks.keySet()).anyMatch(k -> k.endsWith("canary.duckdb"));
        // The verbose runs did log the requests, redacted: the search below is not vacuous.
        assertThat(runs.stream().map(CliRun::err)).anyMatch(e -> e.contains("Authorization: Bearer ****"));

        List<String> needles = needles(CANARY);
        List<String> hits = new ArrayList<>();
        for (Map.Entry<String, byte[]> h : haystacks.entrySet()) {
            String text = new String(h.getValue(), StandardCharsets.ISO_8859_1);
            for (String needle : needles) {
                if (text.contains(needle)) {
                    hits.add(h.getKey() + " contains " + needle);
                }
            }
        }
        assertThat(hits).isEmpty();
        assertThat(haystacks.size()).isGreaterThan(3 * 14 * 2);
    }

    @Test
    void theNeedlesFindTheCanaryHiddenAnyOfTheseWays() {
        List<String> needles = needles(CANARY);
        byte[] bytes = CANARY.getBytes(StandardCharsets.UTF_8);
        List<String> hidden = new ArrayList<>(List.of("x" + CANARY + "y", HexFormat.of().formatHex(bytes).toUpperCase()));
        for (String prefix : List.of("", "a", "ab", "abc")) {
            byte[] shifted = (prefix + CANARY + "tail").getBytes(StandardCharsets.UTF_8);
            hidden.add(Base64.getEncoder().encodeToString(shifted));
            hidden.add(Base64.getUrlEncoder().encodeToString(shifted));
        }
        for (String h : hidden) {
            assertThat(needles).as(h).anyMatch(h::contains);
        }
    }

    /** The canary as it would look plain, in base64 at each alignment (standard and URL-safe) and in hex. */
    static List<String> needles(String secret) {
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>();
        out.add(secret);
        out.add(HexFormat.of().formatHex(bytes));
        out.add(HexFormat.of().withUpperCase().formatHex(bytes));
        for (int offset = 0; offset < 3; offset++) {
            byte[] shifted = new byte[offset + bytes.length];
            System.arraycopy(bytes, 0, shifted, offset, bytes.length);
            for (Base64.Encoder encoder : List.of(Base64.getEncoder(), Base64.getUrlEncoder())) {
                String encoded = encoder.withoutPadding().encodeToString(shifted);
                // Drop the characters that also encode the prefix, and the last, partial group.
                int from = offset == 0 ? 0 : 4;
                int to = encoded.length() - 4;
                out.add(encoded.substring(from, to));
            }
        }
        return out;
    }

    private static void addFiles(Map<String, byte[]> haystacks, Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                haystacks.put(f.toString(), Files.readAllBytes(f));
            }
        }
    }
}
