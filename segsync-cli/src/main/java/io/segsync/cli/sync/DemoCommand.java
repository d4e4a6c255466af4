package io.segsync.cli.sync;

import io.segsync.api.ApiToken;
import io.segsync.api.ApiUrl;
import io.segsync.api.ClientSettings;
import io.segsync.api.SegmentClient;
import io.segsync.cli.CliException;
import io.segsync.cli.ExitCode;
import io.segsync.cli.SegsyncCommand;
import io.segsync.cli.connection.ConnectionClients;
import io.segsync.cli.output.Output;
import io.segsync.core.sync.RunResult;
import io.segsync.core.sync.SyncOptions;
import io.segsync.sandbox.SandboxServer;
import io.segsync.sandbox.data.WorkspaceSize;
import io.segsync.core.target.RunInfo;
import io.segsync.core.target.Target;
import io.segsync.core.target.TargetSession;
import io.segsync.target.duckdb.DuckDbTarget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "demo",
        description = {"Start the sandbox with a generated workspace, sync every stream into a DuckDB file,",
                "and show a query worth running on the result. Needs no Segment account and no network."},
        mixinStandardHelpOptions = true,
        footerHeading = "%nExamples:%n",
        footer = {"  segsync demo", "  segsync demo --size medium --file /tmp/demo.duckdb", "  segsync --json demo --size tiny"})
public final class DemoCommand implements Callable<Integer> {
    static final String QUERY = "select s.name as source, count(*) as destinations,\n"
            + "       count(*) filter (where d.enabled) as enabled\n"
            + "from segment.destinations d join segment.sources s on d.source_id = s.id\n"
            + "group by s.name order by destinations desc, source limit 5";

    @Spec
    CommandSpec spec;

    @Option(names = "--file", paramLabel = "PATH", defaultValue = "./segsync-demo.duckdb",
            description = "The DuckDB file to write, replaced when the demo succeeds (default: ${DEFAULT-VALUE}).")
    Path file;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the generated workspace (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--size", defaultValue = "small", paramLabel = "tiny|small|medium|large",
            description = "Size of the generated workspace (default: ${DEFAULT-VALUE}).")
    String size;

    @Override
    public Integer call() throws IOException {
        Output output = SegsyncCommand.of(spec).output();
        WorkspaceSize workspaceSize;
        try {
            workspaceSize = WorkspaceSize.named(size);
        } catch (IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        }
        DuckDbTarget published = new DuckDbTarget(file);
        published.validate();
        // The demo starts afresh each time: it syncs into a new file beside the old one and replaces it
        // only when the run succeeded, so a failed demo keeps the previous result.
        Path fresh = published.file().resolveSibling("." + published.file().getFileName() + ".new");
        Files.deleteIfExists(fresh);
        Files.deleteIfExists(Path.of(fresh + ".wal"));
        DuckDbTarget work = new DuckDbTarget(fresh);
        // Writes go to the new file; the summary names the file the user will open.
        Target target = new Target() {
            @Override
            public String describe() {
                return published.describe();
            }

            @Override
            public void validate() {
                work.validate();
            }

            @Override
            public TargetSession open(RunInfo run) {
                return work.open(run);
            }
        };
        RunResult result;
        try (SandboxServer sandbox = SandboxServer.start(SandboxServer.Options.defaults().withSeed(seed).withSize(workspaceSize))) {
            output.status("Sandbox serving a generated workspace (seed %d, size %s) at %s", seed, size, sandbox.baseUrl());
            // The sandbox does not enforce per-endpoint limits: do not pace them (see ConnectionClients).
            ClientSettings settings = ConnectionClients.forUrl(ApiUrl.parse(sandbox.baseUrl().toString(), false),
                    ApiToken.of(sandbox.token()));
            try (SegmentClient client = new SegmentClient(settings)) {
                result = SyncRunner.run(client, target, SyncRunner.plan(null), SyncOptions.defaults(), output, "demo");
            }
        }
        Files.move(fresh, published.file(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Files.deleteIfExists(Path.of(published.file() + ".wal"));
        printQuery(output, published.file());
        return SyncRunner.exitCode(result);
    }

    private static void printQuery(Output output, Path file) {
        output.status("%nA query worth running (duckdb %s):%n%n%s;%n", file, QUERY);
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file, readOnly);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(QUERY)) {
            output.data("%-40s %12s %8s", "SOURCE", "DESTINATIONS", "ENABLED");
            while (rs.next()) {
                output.data("%-40s %12d %8d", rs.getString(1), rs.getLong(2), rs.getLong(3));
            }
        } catch (SQLException e) {
            throw new CliException(ExitCode.TARGET, "the demo's query failed on " + file + ": " + e.getMessage());
        }
    }
}
