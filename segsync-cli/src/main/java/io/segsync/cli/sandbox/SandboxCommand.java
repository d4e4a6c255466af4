package io.segsync.cli.sandbox;

import io.segsync.cli.CliException;
import io.segsync.sandbox.SandboxServer;
import io.segsync.sandbox.data.WorkspaceSize;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "sandbox",
        description = "Serve a local emulator of the Segment Public API with a generated workspace, until Ctrl-C.",
        mixinStandardHelpOptions = true,
        footerHeading = "%nExample:%n", footer = "  segsync sandbox --port 8787 --seed 7")
public final class SandboxCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "8787", description = "Loopback port (0 picks a free one; default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the generated workspace (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--size", defaultValue = "small", paramLabel = "tiny|small|medium|large",
            description = "Size of the generated workspace (default: ${DEFAULT-VALUE}).")
    String size;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (port < 0 || port > 65535) {
            throw CliException.usage("--port must be between 0 and 65535");
        }
        WorkspaceSize workspaceSize;
        try {
            workspaceSize = WorkspaceSize.named(size);
        } catch (IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        }
        SandboxServer sandbox;
        try {
            sandbox = SandboxServer.start(SandboxServer.Options.defaults().withPort(port).withSeed(seed).withSize(workspaceSize));
        } catch (BindException e) {
            throw CliException.usage("port " + port + " is in use: choose another with --port");
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.close();
            stopped.countDown();
        }));
        PrintWriter out = spec.commandLine().getOut();
        out.println("Sandbox serving workspace '" + sandbox.workspace().identity().path("name").asText() + "' at " + sandbox.baseUrl());
        out.println("Token: " + sandbox.token());
        out.println("Connect with:");
        out.println("  printf '%s' '" + sandbox.token() + "' > sandbox.token && segsync connection create sandbox --api-url "
                + sandbox.baseUrl() + " --api-key-file sandbox.token");
        out.println("Press Ctrl-C to stop.");
        out.flush();
        stopped.await();
        return 0;
    }
}
