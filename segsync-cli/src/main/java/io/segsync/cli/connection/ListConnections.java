package io.segsync.cli.connection;

import io.segsync.cli.SegsyncCommand;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "list", description = "List the connections.", mixinStandardHelpOptions = true,
        footerHeading = "%nExample:%n", footer = "  segsync connection list")
final class ListConnections implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<StoredConnection> all = SegsyncCommand.of(spec).connections().list();
        PrintWriter out = spec.commandLine().getOut();
        if (all.isEmpty()) {
            out.println("No connections yet. Create one with: segsync connection create NAME --region us|eu");
            return 0;
        }
        out.printf("%-24s %-40s %s%n", "NAME", "API URL", "API KEY");
        for (StoredConnection c : all) {
            out.printf("%-24s %-40s %s%n", c.name(), c.apiUrl(), c.describeTokenSource());
        }
        return 0;
    }
}
