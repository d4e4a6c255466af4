package io.segsync.cli.connection;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segsync.cli.SegsyncCommand;
import io.segsync.cli.output.Output;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "show", description = "Show one connection (never its API key).", mixinStandardHelpOptions = true,
        footerHeading = "%nExamples:%n", footer = {"  segsync connection show prod", "  segsync --json connection show prod"})
final class ShowConnection implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Override
    public Integer call() {
        SegsyncCommand root = SegsyncCommand.of(spec);
        Output output = root.output();
        StoredConnection c = root.connections().get(name);
        output.data("Connection name:   %s", c.name());
        output.data("API URL:           %s", c.apiUrl());
        output.data("Region:            %s", region(c));
        output.data("Custom host:       %s", c.allowCustomHost() ? "allowed" : "no");
        output.data("API key:           **** (%s)", c.describeTokenSource());
        output.data("Data gateway:      None");
        ObjectNode summary = describe(c);
        summary.put("command", "connection show");
        output.result(summary);
        return 0;
    }

    static String region(StoredConnection c) {
        return c.apiUrl().region().map(r -> r.name().toLowerCase()).orElse("custom");
    }

    /** A connection as JSON: where its key comes from, never the key (nor its ciphertext). */
    static ObjectNode describe(StoredConnection c) {
        ObjectNode n = Output.object();
        n.put("name", c.name());
        n.put("apiUrl", c.apiUrl().toString());
        n.put("region", region(c));
        n.put("allowCustomHost", c.allowCustomHost());
        n.put("apiKey", c.tokenSource());
        if (!StoredConnection.ENCRYPTED.equals(c.tokenSource())) {
            n.put("apiKeyReference", c.tokenRef());
        }
        n.putNull("dataGateway");
        return n;
    }
}
