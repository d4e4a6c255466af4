package io.segsync.cli.connection;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segsync.api.ClientSettings;
import io.segsync.api.SegmentClient;
import io.segsync.cli.SegsyncCommand;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "test", description = "Check that the connection's API key reads its workspace.",
        mixinStandardHelpOptions = true, footerHeading = "%nExample:%n", footer = "  segsync connection test prod")
final class TestConnection implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Override
    public Integer call() {
        ConnectionStore store = SegsyncCommand.of(spec).connections();
        StoredConnection c = store.get(name);
        long started = System.nanoTime();
        ObjectNode workspace;
        try (SegmentClient client = new SegmentClient(ClientSettings.of(c.apiUrl(), store.token(c)))) {
            workspace = client.workspace();
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        PrintWriter out = spec.commandLine().getOut();
        out.println("OK: connection '" + name + "' reads workspace '" + workspace.path("name").asText() + "'");
        out.println("Workspace slug:    " + workspace.path("slug").asText());
        out.println("Workspace id:      " + workspace.path("id").asText());
        out.println("Region:            " + c.apiUrl().region().map(r -> r.name().toLowerCase()).orElse("custom"));
        out.println("API URL:           " + c.apiUrl());
        out.println("Round trip:        " + millis + " ms");
        return 0;
    }
}
