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
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "runs", description = "Recent runs, newest first: status, duration and per-stream counts.",
        mixinStandardHelpOptions = true, footerHeading = "%nExamples:%n",
        footer = {"  segsync runs", "  segsync runs nightly --limit 5", "  segsync --json runs nightly"})
public final class RunsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "TASK", description = "Only this task's runs (one-shot syncs are sync:<connection>).")
    String task;

    @Option(names = "--limit", defaultValue = "10", description = "How many runs (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() {
        SegsyncCommand root = SegsyncCommand.of(spec);
        if (task != null && !task.startsWith("sync:")) {
            new TaskStore(root.home()).get(task);
        }
        List<JsonNode> runs = new RunHistory(root.home()).recent(task, Math.max(1, limit));
        Output output = root.output();
        ObjectNode summary = Output.object().put("command", "runs");
        ArrayNode list = summary.putArray("runs");
        if (runs.isEmpty()) {
            output.data("No runs yet.");
        }
        for (JsonNode run : runs) {
            list.add(run);
            output.data("%s  %-20s %-14s %-9s %8.1f s%s", run.path("startedAt").asText(), run.path("task").asText(),
                    run.path("method").asText(), run.path("status").asText(), run.path("seconds").asDouble(),
                    run.has("error") ? "  " + run.path("error").asText() : "");
            for (JsonNode s : run.path("streams")) {
                if (s.path("status").asText().equals("SKIPPED")) {
                    output.data("    %-24s skipped: %s", s.path("stream").asText(), s.path("reason").asText());
                } else {
                    output.data("    %-24s read %,d  inserted %,d  updated %,d  deleted %,d  unchanged %,d", s.path("stream").asText(),
                            s.path("read").asLong(), s.path("inserted").asLong(), s.path("updated").asLong(),
                            s.path("deleted").asLong(), s.path("unchanged").asLong());
                }
            }
        }
        output.result(summary);
        return 0;
    }
}
