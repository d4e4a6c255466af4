package io.segsync.cli;

import io.segsync.cli.connection.ConnectionCommand;
import io.segsync.cli.connection.ConnectionStore;
import io.segsync.cli.metadata.MetadataCommand;
import io.segsync.cli.sandbox.SandboxCommand;
import io.segsync.cli.sync.DemoCommand;
import io.segsync.cli.sync.SyncCommand;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The root command; it carries what every subcommand shares (the home directory, the environment). */
@Command(name = "segsync",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Moves a Twilio Segment workspace into a database or data lake you own, and keeps it current.",
        subcommands = {ConnectionCommand.class, MetadataCommand.class, SyncCommand.class, SandboxCommand.class,
                DemoCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:unexpected failure, or the API could not be reached",
            "2:usage error (bad option, unknown connection or stream)",
            "3:partial: some streams were skipped or failed",
            "4:authentication or permission (the API key was rejected)",
            "5:target error (cannot write where --target points)"},
        footerHeading = "%nExamples:%n",
        footer = {"  segsync demo", "  segsync connection create prod --region us --api-key-env SEGMENT_TOKEN",
                "  segsync sync prod --target duckdb:./segment.duckdb"})
public final class SegsyncCommand {
    private final Path home;
    private final UnaryOperator<String> env;

    @Spec
    CommandSpec spec;

    public SegsyncCommand(Path home, UnaryOperator<String> env) {
        this.home = home;
        this.env = env;
    }

    public Path home() {
        return home;
    }

    public UnaryOperator<String> env() {
        return env;
    }

    public ConnectionStore connections() {
        return new ConnectionStore(home, env);
    }

    /** The root of any subcommand's spec. */
    public static SegsyncCommand of(CommandSpec spec) {
        return (SegsyncCommand) spec.root().userObject();
    }
}
