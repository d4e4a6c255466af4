package io.segsync.cli.sync;

import io.segsync.cli.SegsyncCommand;
import io.segsync.core.sync.SyncOptions;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "sync",
        description = {"Bring a target up to date with a connection's streams, once: a full load by default,",
                "or reload-and-compare or CDC (with --change-tables for Qlik-compatible <table>__ct tables).",
                "Streams the token may not read (403) or that are not enabled (404) are skipped with their reason,",
                "the others land, and the exit code is 3 (partial). Two runs of the same connection into the same",
                "target at once are refused."},
        mixinStandardHelpOptions = true,
        footerHeading = "%nExamples:%n",
        footer = {"  segsync sync prod", "  segsync sync prod --target duckdb:/data/segment.duckdb --streams sources,destinations",
                "  segsync sync prod --target parquet:/lake/segment --method cdc --change-tables",
                "  segsync --json --quiet sync prod > run.json"})
public final class SyncCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "The connection to read.")
    String name;

    @Option(names = "--target", paramLabel = "TARGET", defaultValue = TargetSpec.DEFAULT,
            description = "Where to land the tables: duckdb:PATH, parquet:DIR or jsonl:DIR (default: ${DEFAULT-VALUE}).")
    String target;

    @Option(names = "--method", paramLabel = "full-load|reload-compare|cdc", defaultValue = "full-load",
            description = "How the tables are kept current (default: ${DEFAULT-VALUE}).")
    String method;

    @Option(names = "--change-tables", description = "With reload-compare or cdc, also write <table>__ct change tables.")
    boolean changeTables;

    @Option(names = "--include-secrets",
            description = "Land secrets (source write keys, secret settings) in plain text instead of redacting them.")
    boolean includeSecrets;

    @Option(names = "--usage-months", paramLabel = "N", defaultValue = "3",
            description = "How many usage months the usage streams read, the current one included (default: ${DEFAULT-VALUE}).")
    int usageMonths;

    @Option(names = "--streams", paramLabel = "a,b,...", description = "Only these streams (and the parents they need).")
    String streams;

    @Override
    public Integer call() {
        SegsyncCommand root = SegsyncCommand.of(spec);
        SyncOptions options = SyncRunner.options(method, changeTables).withIncludeSecrets(includeSecrets);
        if (usageMonths < 1 || usageMonths > 24) {
            throw io.segsync.cli.CliException.usage("--usage-months must be from 1 to 24, was " + usageMonths);
        }
        options = options.withUsageMonths(usageMonths);
        // The one-shot form is the task "sync:<connection>" for the lock and the run history.
        return TaskExecution.run(root, "sync:" + name, name, target, streams, options, "sync");
    }

    public static String taskKey(String connection, String target) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((connection + "\n" + target).getBytes(StandardCharsets.UTF_8));
            return "sync-" + connection + "-" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
