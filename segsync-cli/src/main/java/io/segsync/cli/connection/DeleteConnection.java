package io.segsync.cli.connection;

import io.segsync.cli.CliException;
import io.segsync.cli.SegsyncCommand;
import java.io.Console;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "delete", description = "Delete a connection and its stored API key.", mixinStandardHelpOptions = true,
        footerHeading = "%nExample:%n", footer = "  segsync connection delete old-workspace --yes")
final class DeleteConnection implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Option(names = {"-y", "--yes"}, description = "Do not ask for confirmation.")
    boolean yes;

    @Override
    public Integer call() {
        ConnectionStore store = SegsyncCommand.of(spec).connections();
        store.get(name);
        if (!yes) {
            Console console = System.console();
            if (console == null) {
                throw CliException.usage("refusing to delete '" + name + "' without confirmation: add --yes");
            }
            String answer = console.readLine("Delete connection '%s' and its stored API key? [y/N] ", name);
            if (answer == null || !answer.trim().equalsIgnoreCase("y")) {
                spec.commandLine().getOut().println("Kept connection '" + name + "'.");
                return 0;
            }
        }
        store.delete(name);
        spec.commandLine().getOut().println("Deleted connection '" + name + "'.");
        return 0;
    }
}
