package io.segsync.cli.metadata;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segsync.cli.SegsyncCommand;
import io.segsync.core.catalog.Catalog;
import io.segsync.core.catalog.Column;
import io.segsync.core.catalog.StreamDefinition;
import io.segsync.core.record.TableSchema;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "metadata", description = "Show the streams a sync of this connection lands: columns, types, keys.",
        mixinStandardHelpOptions = true,
        footerHeading = "%nExamples:%n", footer = {"  segsync metadata prod", "  segsync metadata prod --json"})
public final class MetadataCommand implements Callable<Integer> {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "The connection.")
    String name;

    @Override
    public Integer call() throws Exception {
        SegsyncCommand root = SegsyncCommand.of(spec);
        root.connections().get(name);
        boolean json = root.mode().json();
        Catalog catalog = Catalog.standard();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ArrayNode streams = MAPPER.createArrayNode();
            for (StreamDefinition d : catalog.streams()) {
                ObjectNode s = streams.addObject();
                s.put("stream", d.name());
                s.put("operation", d.operation().id());
                s.put("parent", d.parent().map(p -> p.parentStream()).orElse(null));
                d.primaryKey().forEach(s.putArray("primaryKey")::add);
                ArrayNode columns = s.putArray("columns");
                for (Column c : TableSchema.of(d).columns()) {
                    columns.addObject().put("name", c.name()).put("type", c.type().name().toLowerCase(Locale.ROOT))
                            .put("secret", c.secret());
                }
            }
            ObjectNode summary = MAPPER.createObjectNode();
            summary.put("command", "metadata");
            summary.set("streams", streams);
            out.println(MAPPER.writeValueAsString(summary));
            return 0;
        }
        out.printf("%-22s %-16s %-32s %s%n", "STREAM", "PARENT", "PRIMARY KEY", "COLUMNS");
        for (StreamDefinition d : catalog.streams()) {
            out.printf("%-22s %-16s %-32s %d%n", d.name(), d.parent().map(p -> p.parentStream()).orElse("-"),
                    String.join(", ", d.primaryKey()), TableSchema.of(d).columns().size());
        }
        return 0;
    }
}
