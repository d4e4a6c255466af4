package io.segsync.cli.task;

import io.segsync.cli.CliException;
import io.segsync.cli.SegsyncCommand;
import io.segsync.cli.connection.ConnectionStore;
import io.segsync.cli.output.Output;
import io.segsync.cli.sync.SyncRunner;
import io.segsync.cli.sync.TargetSpec;
import io.segsync.core.sync.SyncOptions;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "create", description = "Create (or, before its first run, replace) a task.", mixinStandardHelpOptions = true,
        footerHeading = "%nExamples:%n",
        footer = {"  segsync task create nightly --connection prod --target duckdb:./segment.duckdb --method cdc --change-tables",
                "  segsync task create lake --connection prod --target parquet:/lake/segment --method reload-compare"})
final class CreateTask implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Option(names = "--connection", required = true, paramLabel = "C", description = "The connection to read.")
    String connection;

    @Option(names = "--target", required = true, paramLabel = "TARGET",
            description = "duckdb:PATH, parquet:DIR, jsonl:DIR, jdbc:postgresql://..., jdbc:mariadb://... or jdbc:mysql://...")
    String target;

    @Option(names = "--streams", paramLabel = "a,b,...", description = "Only these streams (and the parents they need).")
    String streams;

    @Option(names = "--method", required = true, paramLabel = "full-load|reload-compare|cdc", description = "How the tables are kept current.")
    String method;

    @Option(names = "--change-tables", description = "With reload-compare or cdc, also write <table>__ct change tables.")
    boolean changeTables;

    @Option(names = "--replace", description = "Replace a task of the same name that has not run yet.")
    boolean replace;

    @Override
    public Integer call() {
        ConnectionStore.checkName(name);
        SegsyncCommand root = SegsyncCommand.of(spec);
        root.connections().get(connection);
        TargetSpec.parse(target);
        SyncRunner.plan(streams);
        SyncOptions options = SyncRunner.options(method, changeTables);
        TaskStore store = new TaskStore(root.home());
        store.find(name).ifPresent(existing -> {
            if (existing.hasRun() && existing.method() != options.method()) {
                throw CliException.usage("task '" + name + "' has run with method " + existing.method().label()
                        + " and its method cannot change (its tables and state belong to that method); to start over, "
                        + "'segsync task delete " + name + "', drop its tables in " + existing.target()
                        + " (or choose another target), and create it again");
            }
            if (!replace) {
                throw CliException.usage("a task named '" + name + "' already exists: add --replace to change it");
            }
        });
        List<String> selected = streams == null || streams.isBlank() ? List.of()
                : Arrays.stream(streams.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        String firstRun = store.find(name).map(TaskDefinition::firstRunAt).orElse(null);
        store.save(new TaskDefinition(name, connection, target, selected, options.method(), options.changeTables(),
                Instant.now().toString(), firstRun));
        Output output = root.output();
        output.status("Created task '%s': %s from connection '%s' into %s. Run it with: segsync task run %s",
                name, options.method().label(), connection, target, name);
        output.result(Output.object().put("command", "task create").put("task", name).put("method", options.method().label()));
        return 0;
    }
}
