package io.segsync.cli.connection;

import io.segsync.cli.CliException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segsync.cli.SegsyncCommand;
import io.segsync.cli.output.Output;
import java.io.Console;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "delete", description = {"Delete a connection and its stored API key.",
                "Asks for confirmation on a terminal; elsewhere (scripts, --json) --yes is required."}, mixinStandardHelpOptions = true,
        footerHeading = "%nExamples:%n",
        footer = {"  segsync connection delete old-workspace", "  segsync connection delete old-workspace --yes"})
final class DeleteConnection implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Option(names = {"-y", "--yes"}, description = "Do not ask for confirmation.")
    boolean yes;

    @Override
    public Integer call() {
        SegsyncCommand root = SegsyncCommand.of(spec);
        Output output = root.output();
        ConnectionStore store = root.connections();
        store.get(name);
        if (!yes) {
            Console console = System.console();
            if (console == null || output.mode().json()) {
                throw CliException.usage("refusing to delete '" + name + "' without confirmation: add --yes");
            }
            String answer = console.readLine("Delete connection '%s' and its stored API key? [y/N] ", name);
            if (answer == null || !answer.trim().equalsIgnoreCase("y")) {
                output.status("Kept connection '%s'.", name);
                return 0;
            }
        }
        store.delete(name);
        output.status("Deleted connection '%s'.", name);
        ObjectNode summary = Output.object();
        summary.put("command", "connection delete");
        summary.put("deleted", name);
        output.result(summary);
        return 0;
    }
}
