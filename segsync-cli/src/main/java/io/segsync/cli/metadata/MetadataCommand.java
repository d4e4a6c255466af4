package io.segsync.cli.metadata;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segsync.api.SegmentClient;
import io.segsync.cli.CliException;
import io.segsync.cli.SegsyncCommand;
import io.segsync.cli.connection.ConnectionClients;
import io.segsync.cli.connection.ConnectionStore;
import io.segsync.cli.connection.StoredConnection;
import io.segsync.cli.output.Output;
import io.segsync.core.catalog.Catalog;
import io.segsync.core.catalog.CatalogProbe;
import io.segsync.core.catalog.Column;
import io.segsync.core.catalog.StreamDefinition;
import io.segsync.core.record.TableSchema;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "metadata",
        description = {"Show what a sync of this connection lands: every stream with its parent, primary key, column count,",
                "update methods and what the workspace needs for it. --stream shows one stream's columns;",
                "--probe asks the API once per stream whether this key can read it, and says why not.",
                "Exit code 0, also when --probe finds unreadable streams (they are listed, and a sync skips them)."},
        mixinStandardHelpOptions = true,
        footerHeading = "%nExamples:%n", footer = {"  segsync metadata prod", "  segsync metadata prod --stream destination_filters",
                "  segsync metadata prod --probe", "  segsync --json metadata prod"})
public final class MetadataCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "The connection.")
    String name;

    @Option(names = "--stream", paramLabel = "STREAM", description = "Show this stream's columns: name, type, key, secret.")
    String stream;

    @Option(names = "--probe", description = "Check, with one cheap request per stream, which streams this key can read.")
    boolean probe;

    @Override
    public Integer call() {
        SegsyncCommand root = SegsyncCommand.of(spec);
        ConnectionStore store = root.connections();
        StoredConnection connection = store.get(name);
        Output output = root.output();
        Catalog catalog = Catalog.all();
        if (stream != null) {
            StreamDefinition d = catalog.stream(stream.trim()).orElseThrow(() -> CliException.usage(
                    "unknown stream '" + stream + "': run 'segsync metadata " + name + "' to list the streams"));
            return showStream(output, d);
        }
        Map<String, CatalogProbe.Result> access = new HashMap<>();
        if (probe) {
            try (SegmentClient client = new SegmentClient(ConnectionClients.settings(connection, store.token(connection)).withPageSize(1))) {
                client.workspace(); // a rejected key fails here, once, instead of once per stream
                for (CatalogProbe.Result r : CatalogProbe.probe(client, catalog.streams(), Instant.now())) {
                    access.put(r.stream(), r);
                }
            }
        }
        int width = catalog.streams().stream().mapToInt(d -> d.name().length()).max().orElse(10) + 1;
        String format = "%-" + width + "s %-27s %-34s %7s  %-45s %s";
        output.data(format, "STREAM", "PARENT", "PRIMARY KEY", "COLUMNS", "UPDATE METHODS", probe ? "ACCESS" : "NEEDS");
        ArrayNode list = Output.object().arrayNode();
        int readable = 0;
        for (StreamDefinition d : catalog.streams()) {
            CatalogProbe.Result r = access.get(d.name());
            String accessText = r == null ? (d.gating().isEmpty() ? "-" : d.gating())
                    : r.readable() ? "readable" : "NOT READABLE: " + r.reason();
            if (r != null && r.readable()) {
                readable++;
            }
            output.data(format, d.name(), parent(d), String.join(", ", d.primaryKey()), TableSchema.of(d).columns().size(),
                    String.join(", ", d.methods()), accessText);
            ObjectNode s = list.addObject();
            s.put("stream", d.name());
            s.put("operation", d.operation().id());
            s.put("parent", d.parent().isEmpty() ? null : parent(d));
            d.primaryKey().forEach(s.putArray("primaryKey")::add);
            s.put("columnCount", TableSchema.of(d).columns().size());
            ArrayNode columns = s.putArray("columns");
            TableSchema schema = TableSchema.of(d);
            for (Column c : schema.columns()) {
                columns.addObject().put("name", c.name()).put("type", c.type().name().toLowerCase(Locale.ROOT))
                        .put("primaryKey", schema.isPrimaryKey(c.name())).put("secret", c.secret());
            }
            s.put("kind", d.kind().name().toLowerCase(Locale.ROOT));
            d.methods().forEach(s.putArray("updateMethods")::add);
            s.put("needs", d.gating());
            s.put("rateClass", d.operation().rateClass());
            if (r != null) {
                s.put("readable", r.readable());
                if (!r.reason().isEmpty()) {
                    s.put("reason", r.reason());
                }
            }
        }
        if (probe) {
            output.status("%nStreams readable: %d of %d", readable, catalog.streams().size());
        }
        ObjectNode summary = Output.object();
        summary.put("command", "metadata");
        summary.put("connection", name);
        summary.put("streamCount", catalog.streams().size());
        if (probe) {
            summary.put("readable", readable);
        }
        summary.set("streams", list);
        output.result(summary);
        return 0;
    }

    private static String parent(StreamDefinition d) {
        return String.join(" × ", d.parentStreams());
    }

    private Integer showStream(Output output, StreamDefinition d) {
        TableSchema schema = TableSchema.of(d);
        output.data("Stream:         %s", d.name());
        output.data("Operation:      %s (%s)", d.operation().id(), d.operation().pathTemplate());
        output.data("Parent:         %s", d.parent().isEmpty() ? "-" : parent(d));
        output.data("Primary key:    %s", String.join(", ", d.primaryKey()));
        output.data("Update methods: %s", String.join(", ", d.methods()));
        output.data("Rate class:     %s", d.operation().rateClass());
        output.data("Needs:          %s", d.gating().isEmpty() ? "-" : d.gating());
        output.data("%n%-28s %-10s %-4s %s", "COLUMN", "TYPE", "KEY", "SECRET");
        ObjectNode summary = Output.object();
        summary.put("command", "metadata");
        summary.put("stream", d.name());
        summary.put("operation", d.operation().id());
        summary.put("parent", d.parent().isEmpty() ? null : parent(d));
        d.primaryKey().forEach(summary.putArray("primaryKey")::add);
        d.methods().forEach(summary.putArray("updateMethods")::add);
        summary.put("needs", d.gating());
        ArrayNode columns = summary.putArray("columns");
        for (Column c : schema.columns()) {
            String type = c.type().name().toLowerCase(Locale.ROOT);
            boolean key = schema.isPrimaryKey(c.name());
            output.data("%-28s %-10s %-4s %s", c.name(), type, key ? "yes" : "", c.secret() ? "redacted" : "");
            columns.addObject().put("name", c.name()).put("type", type).put("primaryKey", key).put("secret", c.secret());
        }
        output.result(summary);
        return 0;
    }
}
