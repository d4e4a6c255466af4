package io.segsync.cli.sync;

import io.segsync.api.SegmentClient;
import io.segsync.cli.CliException;
import io.segsync.core.catalog.Catalog;
import io.segsync.core.catalog.StreamDefinition;
import io.segsync.core.sync.FullLoadSync;
import io.segsync.core.sync.RunResult;
import io.segsync.core.sync.StreamResult;
import io.segsync.core.sync.SyncOptions;
import io.segsync.core.target.Target;
import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What {@code sync} and {@code demo} share: plan the streams, run, print the summary. */
final class SyncRunner {
    private SyncRunner() {}

    static List<StreamDefinition> plan(String streams) {
        Catalog catalog = Catalog.standard();
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

    static RunResult run(SegmentClient client, Target target, List<StreamDefinition> plan, PrintWriter out, PrintWriter err) {
        RunResult result = new FullLoadSync(client, target, SyncOptions.defaults(), new ProgressLines(err)).run(plan);
        out.printf(Locale.ROOT, "%nSynced workspace '%s' into %s (run %s)%n%n", result.workspaceName(), target.describe(), result.runId());
        out.printf(Locale.ROOT, "%-24s %12s %9s%n", "STREAM", "ROWS", "SECONDS");
        for (StreamResult s : result.streams()) {
            out.printf(Locale.ROOT, "%-24s %,12d %9.2f%n", s.stream(), s.rows(), s.elapsed().toNanos() / 1e9);
        }
        out.printf(Locale.ROOT, "%-24s %,12d %9.2f%n", "total", result.totalRows(), result.elapsed().toNanos() / 1e9);
        out.flush();
        return result;
    }
}
