package io.segsync.cli.sync;

import io.segsync.api.ClientSettings;
import io.segsync.api.SegmentClient;
import io.segsync.cli.SegsyncCommand;
import io.segsync.cli.connection.ConnectionStore;
import io.segsync.cli.connection.StoredConnection;
import io.segsync.cli.lock.RunLock;
import io.segsync.cli.output.Output;
import io.segsync.core.catalog.StreamDefinition;
import io.segsync.core.sync.RunResult;
import io.segsync.core.sync.SyncOptions;
import io.segsync.core.target.Target;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
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

    @Option(names = "--streams", paramLabel = "a,b,...", description = "Only these streams (and the parents they need).")
    String streams;

    @Override
    public Integer call() {
        SegsyncCommand root = SegsyncCommand.of(spec);
        Output output = root.output();
        ConnectionStore store = root.connections();
        StoredConnection c = store.get(name);
        Target resolved = TargetSpec.parse(target);
        List<StreamDefinition> plan = SyncRunner.plan(streams);
        SyncOptions options = SyncRunner.options(method, changeTables);
        resolved.validate();
        // A task is a connection and a target, for now; named tasks (issue 6) will bring their own key.
        try (RunLock lock = RunLock.acquire(root.home(), taskKey(name, resolved.describe()),
                "a sync of '" + name + "' into " + resolved.describe());
             SegmentClient client = new SegmentClient(ClientSettings.of(c.apiUrl(), store.token(c)))) {
            RunResult result = SyncRunner.run(client, resolved, plan, options, output, "sync");
            return SyncRunner.exitCode(result);
        }
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
