package io.segsync.cli.connection;

import io.segsync.cli.SegsyncCommand;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "show", description = "Show one connection (never its API key).", mixinStandardHelpOptions = true,
        footerHeading = "%nExample:%n", footer = "  segsync connection show prod")
final class ShowConnection implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Override
    public Integer call() {
        StoredConnection c = SegsyncCommand.of(spec).connections().get(name);
        PrintWriter out = spec.commandLine().getOut();
        out.println("Connection name:   " + c.name());
        out.println("API URL:           " + c.apiUrl());
        out.println("Region:            " + c.apiUrl().region().map(r -> r.name().toLowerCase()).orElse("custom"));
        out.println("Custom host:       " + (c.allowCustomHost() ? "allowed" : "no"));
        out.println("API key:           **** (" + c.describeTokenSource() + ")");
        out.println("Data gateway:      None");
        return 0;
    }
}
