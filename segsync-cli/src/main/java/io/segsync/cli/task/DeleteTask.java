package io.segsync.cli.task;

import io.segsync.cli.CliException;
import io.segsync.cli.SegsyncCommand;
import io.segsync.cli.output.Output;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "delete", description = "Delete a task (its tables in the target are left as they are).",
        mixinStandardHelpOptions = true, footerHeading = "%nExample:%n", footer = "  segsync task delete nightly --yes")
final class DeleteTask implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Option(names = {"-y", "--yes"}, description = "Do not ask for confirmation.")
    boolean yes;

    @Override
    public Integer call() {
        SegsyncCommand root = SegsyncCommand.of(spec);
        TaskStore store = new TaskStore(root.home());
        store.get(name);
        if (!yes) {
            java.io.Console console = System.console();
            if (console == null) {
                throw CliException.usage("refusing to delete task '" + name + "' without confirmation: add --yes");
            }
            String answer = console.readLine("Delete task '%s'? Its tables stay in the target. [y/N] ", name);
            if (answer == null || !answer.trim().equalsIgnoreCase("y")) {
                root.output().status("Kept task '%s'.", name);
                return 0;
            }
        }
        store.delete(name);
        root.output().status("Deleted task '%s'.", name);
        root.output().result(Output.object().put("command", "task delete").put("task", name));
        return 0;
    }
}
