package io.segsync.cli.connection;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segsync.api.ClientSettings;
import io.segsync.api.SegmentClient;
import io.segsync.cli.SegsyncCommand;
import io.segsync.cli.output.Output;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "test",
        description = {"Check that the connection's API key reads its workspace: prints the workspace's name, slug and id,",
                "the region and API URL, the round-trip time, and how many streams this key can read.",
                "Exit code 0 when the workspace answers, 4 when the key is rejected, 1 when the API cannot be reached."},
        mixinStandardHelpOptions = true,
        footerHeading = "%nExamples:%n", footer = {"  segsync connection test prod", "  segsync --json connection test prod"})
final class TestConnection implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Override
    public Integer call() {
        SegsyncCommand root = SegsyncCommand.of(spec);
        Output output = root.output();
        ConnectionStore store = root.connections();
        StoredConnection c = store.get(name);
        ClientSettings settings = ConnectionClients.settings(c, store.token(c));
        long started = System.nanoTime();
        ObjectNode workspace;
        StreamProbe.Outcome streams;
        try (SegmentClient client = new SegmentClient(settings)) {
            workspace = client.workspace();
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        try (SegmentClient probe = new SegmentClient(settings.withPageSize(1))) {
            streams = StreamProbe.probe(probe);
        }
        String region = c.apiUrl().region().map(r -> r.name().toLowerCase()).orElse("custom");
        output.data("OK: connection '%s' reads workspace '%s'", name, workspace.path("name").asText());
        output.data("Workspace name:    %s", workspace.path("name").asText());
        output.data("Workspace slug:    %s", workspace.path("slug").asText());
        output.data("Workspace id:      %s", workspace.path("id").asText());
        output.data("Region:            %s", region);
        output.data("API URL:           %s", c.apiUrl());
        output.data("Round trip:        %d ms", millis);
        output.data("Streams readable:  %d of %d", streams.readable(), streams.total());
        for (StreamProbe.Unreadable u : streams.unreadable()) {
            output.data("  not readable:    %s: %s", u.stream(), u.reason());
        }

        ObjectNode summary = Output.object();
        summary.put("command", "connection test");
        summary.put("connection", name);
        summary.put("ok", true);
        summary.putObject("workspace").put("name", workspace.path("name").asText())
                .put("slug", workspace.path("slug").asText()).put("id", workspace.path("id").asText());
        summary.put("region", region);
        summary.put("apiUrl", c.apiUrl().toString());
        summary.put("roundTripMs", millis);
        ObjectNode s = summary.putObject("streams");
        s.put("readable", streams.readable());
        s.put("total", streams.total());
        ArrayNode list = s.putArray("unreadable");
        streams.unreadable().forEach(u -> list.addObject().put("stream", u.stream()).put("reason", u.reason()));
        output.result(summary);
        return 0;
    }
}
