package io.segsync.cli.task;

import io.segsync.cli.SegsyncCommand;
import io.segsync.cli.sync.TaskExecution;
import io.segsync.core.sync.SyncOptions;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "run", description = {"Run a task once. A second run of the same task at once is refused.",
        "Exit 3 when some streams were skipped (no permission, feature not enabled)."},
        mixinStandardHelpOptions = true, footerHeading = "%nExample:%n", footer = "  segsync task run nightly")
final class RunTask implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Override
    public Integer call() {
        SegsyncCommand root = SegsyncCommand.of(spec);
        TaskStore store = new TaskStore(root.home());
        TaskDefinition task = store.get(name);
        SyncOptions options = SyncOptions.defaults().withMethod(task.method(), task.changeTables());
        // The method is fixed from the first attempt on: its tables and state may already be in the target.
        store.save(task.ranAt(Instant.now().toString()));
        return TaskExecution.run(root, name, task.connection(), task.target(), String.join(",", task.streams()), options, "task run");
    }
}
