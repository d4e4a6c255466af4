package io.segsync.cli.sync;

import io.segsync.api.ClientSettings;
import io.segsync.api.SegmentClient;
import io.segsync.cli.SegsyncCommand;
import io.segsync.cli.connection.ConnectionStore;
import io.segsync.cli.connection.StoredConnection;
import io.segsync.core.catalog.StreamDefinition;
import io.segsync.core.target.Target;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "sync", description = "Run a full load of a connection's streams into a target.",
        mixinStandardHelpOptions = true,
        footerHeading = "%nExamples:%n",
        footer = {"  segsync sync prod", "  segsync sync prod --target duckdb:/data/segment.duckdb --streams sources,destinations"})
public final class SyncCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "The connection to read.")
    String name;

    @Option(names = "--target", paramLabel = "TARGET", defaultValue = TargetSpec.DEFAULT,
            description = "Where to land the tables: duckdb:PATH (default: ${DEFAULT-VALUE}).")
    String target;

    @Option(names = "--streams", paramLabel = "a,b,...", description = "Only these streams (and the parents they need).")
    String streams;

    @Override
    public Integer call() {
        ConnectionStore store = SegsyncCommand.of(spec).connections();
        StoredConnection c = store.get(name);
        Target resolved = TargetSpec.parse(target);
        List<StreamDefinition> plan = SyncRunner.plan(streams);
        resolved.validate();
        try (SegmentClient client = new SegmentClient(ClientSettings.of(c.apiUrl(), store.token(c)))) {
            SyncRunner.run(client, resolved, plan, spec.commandLine().getOut(), spec.commandLine().getErr());
        }
        return 0;
    }
}
