package io.segsync.cli.sync;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segsync.api.SegmentClient;
import io.segsync.cli.CliException;
import io.segsync.cli.ExitCode;
import io.segsync.cli.output.Output;
import io.segsync.cli.output.OutputMode;
import io.segsync.core.catalog.Catalog;
import io.segsync.core.catalog.StreamDefinition;
import io.segsync.core.sync.SyncEngine;
import io.segsync.core.sync.RunResult;
import io.segsync.core.sync.RunStatus;
import io.segsync.core.sync.SkippedStream;
import io.segsync.core.sync.StreamResult;
import io.segsync.core.sync.SyncListener;
import io.segsync.core.sync.SyncOptions;
import io.segsync.core.sync.UpdateMethod;
import io.segsync.core.target.Target;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** What {@code sync} and {@code demo} share: plan the streams, run with progress, print the summary. */
public final class SyncRunner {
    private SyncRunner() {}

    public static List<StreamDefinition> plan(String streams) {
        Catalog catalog = Catalog.all();
        if (streams == null || streams.isBlank()) {
            return catalog.streams();
        }
        Set<String> names = new LinkedHashSet<>();
        for (String s : streams.split(",")) {
            if (!s.isBlank()) {
                names.add(s.trim());
            }
        }
        try {
            return catalog.plan(names);
        } catch (IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        }
    }

    static RunResult run(SegmentClient client, Target target, List<StreamDefinition> plan, SyncOptions options, Output output,
                         String command) {
        RunResult result = new SyncEngine(client, target, options, progress(plan, output)).run(plan);
        output.status("%nSynced workspace '%s' into %s (run %s): %s", result.workspaceName(), target.describe(),
                result.runId(), result.status());
        output.status("%n%-24s %12s %7s %10s %9s %9s %10s %9s", "STREAM", "ROWS", "PAGES", "INSERTED", "UPDATED", "DELETED",
                "UNCHANGED", "SECONDS");
        for (StreamResult s : result.streams()) {
            output.status("%-24s %,12d %,7d %,10d %,9d %,9d %,10d %9.2f", s.stream(), s.rows(), s.pages(), s.inserted(),
                    s.updated(), s.deleted(), s.unchanged(), s.elapsed().toNanos() / 1e9);
        }
        output.status("%-24s %,12d %7s %10s %9s %9s %10s %9.2f", "total", result.totalRows(), "", "", "", "", "",
                result.elapsed().toNanos() / 1e9);
        for (SkippedStream s : result.skipped()) {
            output.status("%-24s %12s  %s", s.stream(), "skipped", s.reason());
        }
        output.result(summary(result, target, command));
        return result;
    }

    /** The options of a run from the command line's words; a mistake is a usage error. */
    public static SyncOptions options(String method, boolean changeTables) {
        UpdateMethod parsed;
        try {
            parsed = UpdateMethod.parse(method);
        } catch (IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        }
        if (changeTables && parsed == UpdateMethod.FULL_LOAD) {
            throw CliException.usage("--change-tables needs --method reload-compare or cdc: a full load replaces tables and records no changes");
        }
        return SyncOptions.defaults().withMethod(parsed, changeTables);
    }

    /** Exit code of a run that committed: partial when some streams were skipped. */
    static int exitCode(RunResult result) {
        return result.status() == RunStatus.PARTIAL ? ExitCode.PARTIAL : ExitCode.OK;
    }

    private static SyncListener progress(List<StreamDefinition> plan, Output output) {
        OutputMode mode = output.mode();
        if (mode.quiet()) {
            return SyncListener.NONE;
        }
        if (mode.terminal()) {
            Set<String> children = plan.stream().filter(d -> d.parent().isPresent()).map(StreamDefinition::name)
                    .collect(Collectors.toSet());
            int width = plan.stream().mapToInt(d -> d.name().length()).max().orElse(10);
            // The real stderr: a live bar needs the terminal itself, not a buffered writer in front of it.
            return new ProgressBars(System.err, children, width);
        }
        return new ProgressLines(output.err());
    }

    private static ObjectNode summary(RunResult result, Target target, String command) {
        ObjectNode root = Output.object();
        root.put("command", command);
        root.put("status", result.status().name());
        root.put("runId", result.runId());
        root.put("workspace", result.workspaceName());
        root.put("target", target.describe());
        root.put("totalRows", result.totalRows());
        root.put("seconds", result.elapsed().toMillis() / 1000.0);
        ArrayNode streams = root.putArray("streams");
        for (StreamResult s : result.streams()) {
            streams.addObject().put("stream", s.stream()).put("status", "SUCCEEDED").put("rows", s.rows())
                    .put("pages", s.pages()).put("inserted", s.inserted()).put("updated", s.updated())
                    .put("deleted", s.deleted()).put("unchanged", s.unchanged()).put("seconds", s.elapsed().toMillis() / 1000.0);
        }
        for (SkippedStream s : result.skipped()) {
            streams.addObject().put("stream", s.stream()).put("status", "SKIPPED").put("reason", s.reason());
        }
        return root;
    }
}
