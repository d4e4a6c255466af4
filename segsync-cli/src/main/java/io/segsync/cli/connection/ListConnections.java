package io.segsync.cli.connection;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segsync.cli.SegsyncCommand;
import io.segsync.cli.output.Output;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "list", description = "List the connections (never their API keys).", mixinStandardHelpOptions = true,
        footerHeading = "%nExamples:%n", footer = {"  segsync connection list", "  segsync --json connection list"})
final class ListConnections implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        SegsyncCommand root = SegsyncCommand.of(spec);
        Output output = root.output();
        List<StoredConnection> all = root.connections().list();
        ObjectNode summary = Output.object();
        summary.put("command", "connection list");
        ArrayNode list = summary.putArray("connections");
        all.forEach(c -> list.add(ShowConnection.describe(c)));
        if (all.isEmpty()) {
            output.status("No connections yet. Create one with: segsync connection create NAME --region us|eu");
        } else {
            output.data("%-24s %-40s %s", "NAME", "API URL", "API KEY");
            for (StoredConnection c : all) {
                output.data("%-24s %-40s %s", c.name(), c.apiUrl(), c.describeTokenSource());
            }
        }
        output.result(summary);
        return 0;
    }
}
