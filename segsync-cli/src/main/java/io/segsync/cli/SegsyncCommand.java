package io.segsync.cli;

import io.segsync.cli.connection.ConnectionCommand;
import io.segsync.cli.connection.ConnectionStore;
import io.segsync.cli.metadata.MetadataCommand;
import io.segsync.cli.output.Output;
import io.segsync.cli.output.OutputMode;
import io.segsync.cli.sandbox.SandboxCommand;
import io.segsync.cli.sync.DemoCommand;
import io.segsync.cli.sync.SyncCommand;
import io.segsync.cli.task.RunsCommand;
import io.segsync.cli.task.TaskCommand;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The root command; it carries what every subcommand shares: the home directory, the environment,
 * and the global output options, which are inherited so they work before or after a subcommand.
 */
@Command(name = "segsync",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Moves a Twilio Segment workspace into a database or data lake you own, and keeps it current.",
        subcommands = {ConnectionCommand.class, MetadataCommand.class, SyncCommand.class, TaskCommand.class,
                RunsCommand.class, SandboxCommand.class, DemoCommand.class, CompletionCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:unexpected failure, or the API could not be reached",
            "2:usage error (bad option, unknown connection or stream, damaged configuration), or the same task is already running",
            "3:partial: some streams were skipped or failed, the others landed",
            "4:authentication or permission (the API key was rejected or cannot be decrypted)",
            "5:target error (cannot write where --target points)"},
        footerHeading = "%nFiles:%n",
        footer = {"  $SEGSYNC_HOME (default ~/.segsync): connections.json, master.key, locks/",
                "  logs/segsync-<time>-<run>.log: one per run, newest " + io.segsync.cli.log.RunLog.KEEP_FILES + " kept, redacted",
                "",
                "Examples:",
                "  segsync demo",
                "  segsync connection create prod --region us --api-key-env SEGMENT_TOKEN",
                "  segsync sync prod --target duckdb:./segment.duckdb",
                "  segsync --json connection test prod",
                "  source <(segsync completion)"})
public final class SegsyncCommand {
    private final Path home;
    private final UnaryOperator<String> env;
    private final boolean terminal;
    private boolean quiet;
    private boolean verbose;
    private boolean json;

    @Spec
    CommandSpec spec;

    public SegsyncCommand(Path home, UnaryOperator<String> env, boolean terminal) {
        this.home = home;
        this.env = env;
        this.terminal = terminal;
    }

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT, description = "Print errors only: no progress, no summaries.")
    void setQuiet(boolean value) {
        quiet = value;
    }

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "Also print debug logs on stderr (redacted, like the log file).")
    void setVerbose(boolean value) {
        verbose = value;
    }

    @Option(names = "--json", scope = ScopeType.INHERIT,
            description = "Print a final machine-readable summary (or error) as JSON on stdout.")
    void setJson(boolean value) {
        json = value;
    }

    public Path home() {
        return home;
    }

    public UnaryOperator<String> env() {
        return env;
    }

    /** Whether debug logs were asked for, read before the command runs to set up its log. */
    boolean verboseRequested() {
        // Both at once is refused when the command runs; until then, stay quiet.
        return verbose && !quiet;
    }

    public OutputMode mode() {
        if (quiet && verbose) {
            throw CliException.usage("--quiet and --verbose contradict each other: choose one");
        }
        return new OutputMode(quiet, verbose, json, terminal);
    }

    public Output output() {
        return new Output(spec.commandLine().getOut(), spec.commandLine().getErr(), mode());
    }

    public ConnectionStore connections() {
        return new ConnectionStore(home, env);
    }

    /** The root of any subcommand's spec. */
    public static SegsyncCommand of(CommandSpec spec) {
        return (SegsyncCommand) spec.root().userObject();
    }
}
