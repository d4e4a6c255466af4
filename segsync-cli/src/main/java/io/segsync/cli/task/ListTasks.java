package io.segsync.cli.task;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segsync.cli.SegsyncCommand;
import io.segsync.cli.output.Output;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "list", description = "List the tasks and how their last run ended.", mixinStandardHelpOptions = true,
        footerHeading = "%nExample:%n", footer = "  segsync task list")
final class ListTasks implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        SegsyncCommand root = SegsyncCommand.of(spec);
        List<TaskDefinition> tasks = new TaskStore(root.home()).list();
        RunHistory history = new RunHistory(root.home());
        Output output = root.output();
        ObjectNode summary = Output.object().put("command", "task list");
        ArrayNode list = summary.putArray("tasks");
        if (tasks.isEmpty()) {
            output.data("No tasks yet. Create one with: segsync task create NAME --connection C --target T --method cdc");
        } else {
            output.data("%-20s %-14s %-16s %-40s %s", "TASK", "METHOD", "CONNECTION", "TARGET", "LAST RUN");
        }
        for (TaskDefinition t : tasks) {
            List<JsonNode> last = history.recent(t.name(), 1);
            String lastRun = last.isEmpty() ? "never" : last.get(0).path("status").asText() + " at " + last.get(0).path("startedAt").asText();
            output.data("%-20s %-14s %-16s %-40s %s", t.name(), t.method().label() + (t.changeTables() ? "+ct" : ""),
                    t.connection(), t.target(), lastRun);
            list.addObject().put("task", t.name()).put("method", t.method().label()).put("changeTables", t.changeTables())
                    .put("connection", t.connection()).put("target", t.target()).put("lastRun", lastRun);
        }
        output.result(summary);
        return 0;
    }
}
