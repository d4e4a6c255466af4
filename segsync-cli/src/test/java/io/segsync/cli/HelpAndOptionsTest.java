package io.segsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Help with examples on every command, the exit codes in --help, --version, completion, and the global options. */
class HelpAndOptionsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    @Test
    void everyCommandsHelpHasExamples() {
        CommandLine root = new CommandLine(new SegsyncCommand(home, k -> null, false));
        List<List<String>> paths = new ArrayList<>();
        collect(root, new ArrayList<>(), paths);
        assertThat(paths).hasSizeGreaterThanOrEqualTo(12);
        for (List<String> path : paths) {
            List<String> args = new ArrayList<>(path);
            args.add("--help");
            CliRun run = CliRun.run(home, Map.of(), args.toArray(String[]::new));
            assertThat(run.exitCode()).as(String.join(" ", args)).isZero();
            assertThat(run.out()).as(String.join(" ", args)).containsPattern("Examples?:\\n  .*segsync ");
        }
    }

    private static void collect(CommandLine cmd, List<String> path, List<List<String>> out) {
        out.add(path);
        for (Map.Entry<String, CommandLine> sub : cmd.getSubcommands().entrySet()) {
            List<String> next = new ArrayList<>(path);
            next.add(sub.getKey());
            collect(sub.getValue(), next, out);
        }
    }

    @Test
    void theRootHelpDocumentsEveryExitCode() {
        String help = CliRun.run(home, Map.of(), "--help").out();
        assertThat(help).contains("Exit codes:");
        for (String code : List.of("0   success", "1   unexpected", "2   usage", "3   partial", "4   authentication", "5   target")) {
            assertThat(help).contains(code);
        }
        assertThat(help).contains("--quiet").contains("--verbose").contains("--json");
    }

    @Test
    void versionPrintsTheVersion() {
        CliRun run = CliRun.run(home, Map.of(), "--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("segsync ").contains("Java ");
    }

    @Test
    void completionScriptKnowsTheCommands() {
        CliRun run = CliRun.run(home, Map.of(), "completion");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("complete -F").contains("connection").contains("rotate-key").contains("sync")
                .contains("--api-key-env").contains("--json");
    }

    @Test
    void globalOptionsWorkBeforeAndAfterTheSubcommand() throws Exception {
        CliRun.run(home, Map.of("K", "sgp_options_test"), "connection", "create", "a", "--region", "eu", "--api-key-env", "K");
        for (String[] args : new String[][] {{"--json", "connection", "list"}, {"connection", "--json", "list"},
                {"connection", "list", "--json"}}) {
            CliRun run = CliRun.run(home, Map.of(), args);
            assertThat(run.exitCode()).isZero();
            JsonNode summary = JSON.readTree(run.out());
            assertThat(summary.get("command").asText()).isEqualTo("connection list");
            assertThat(summary.get("connections").get(0).get("apiUrl").asText()).isEqualTo("https://eu1.api.segmentapis.com");
        }
        CliRun both = CliRun.run(home, Map.of(), "-q", "connection", "list", "-v");
        assertThat(both.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(both.singleErrorLine()).contains("--quiet and --verbose");
    }

    @Test
    void everyCommandHasAJsonSummary() throws Exception {
        CliRun create = CliRun.run(home, Map.of("K", "sgp_json_summary"), "--json", "connection", "create", "j", "--region",
                "us", "--api-key-env", "K");
        assertThat(JSON.readTree(create.out()).get("command").asText()).isEqualTo("connection create");
        assertThat(JSON.readTree(CliRun.run(home, Map.of(), "--json", "connection", "show", "j").out()).get("apiKey").asText())
                .isEqualTo("encrypted");
        assertThat(JSON.readTree(CliRun.run(home, Map.of(), "--json", "metadata", "j").out()).get("streams").size())
                .isEqualTo(io.segsync.core.catalog.Catalog.all().streams().size());
        assertThat(JSON.readTree(CliRun.run(home, Map.of(), "--json", "connection", "rotate-key").out()).get("reencrypted").asInt())
                .isEqualTo(1);
        assertThat(JSON.readTree(CliRun.run(home, Map.of(), "--json", "connection", "delete", "j", "--yes").out())
                .get("deleted").asText()).isEqualTo("j");
    }

    @Test
    void quietPrintsNothingOnSuccess() {
        CliRun create = CliRun.run(home, Map.of("K", "sgp_quiet_test"), "--quiet", "connection", "create", "q", "--region", "us",
                "--api-key-env", "K");
        assertThat(create.exitCode()).isZero();
        assertThat(create.out()).isEmpty();
        assertThat(create.err()).isEmpty();
    }

    @Test
    void deleteWithoutATerminalOrYesIsRefusedAndKeepsTheConnection() {
        CliRun.run(home, Map.of("K", "sgp_delete_test"), "connection", "create", "d", "--region", "us", "--api-key-env", "K");
        CliRun delete = CliRun.run(home, Map.of(), "connection", "delete", "d");
        assertThat(delete.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(delete.singleErrorLine()).contains("--yes");
        assertThat(CliRun.run(home, Map.of(), "connection", "show", "d").exitCode()).isZero();
    }
}
