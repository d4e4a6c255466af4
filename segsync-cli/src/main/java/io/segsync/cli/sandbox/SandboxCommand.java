package io.segsync.cli.sandbox;

import io.segsync.cli.CliException;
import io.segsync.sandbox.SandboxServer;
import io.segsync.sandbox.data.Plan;
import io.segsync.sandbox.data.Region;
import io.segsync.sandbox.data.WorkspaceSize;
import io.segsync.sandbox.faults.FaultSpec;
import io.segsync.sandbox.limits.RateLimits;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "sandbox",
        description = "Serve a local emulator of the Segment Public API with a generated workspace, until Ctrl-C.",
        mixinStandardHelpOptions = true,
        footerHeading = "%nExamples:%n", footer = {
            "  segsync sandbox --port 8787 --seed 7",
            "  segsync sandbox --size sources=5000,destinations=20000,audit-events=1000000",
            "  segsync sandbox --rate-limit 100/10s --faults 5xx=0.05,reset=0.01,429=0.02:3,seed=1 --churn 5/10"})
public final class SandboxCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "8787", description = "Loopback port of the workspace's region (0 picks a free one; default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--other-region-port", defaultValue = "0",
            description = "Loopback port of the other region, serving a small workspace there (default: a free one).")
    int otherRegionPort;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the generated workspace (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--size", defaultValue = "small", paramLabel = "PRESET|COUNTS",
            description = "tiny, small, medium, large, or counts such as sources=5000,audit-events=1000000 (default: ${DEFAULT-VALUE}).")
    String size;

    @Option(names = "--region", defaultValue = "us", paramLabel = "us|eu", description = "The workspace's region (default: ${DEFAULT-VALUE}).")
    String region;

    @Option(names = "--token", paramLabel = "VALUE", description = "The workspace's valid token (default: a generated one).")
    String token;

    @Option(names = "--latency-ms", defaultValue = "0", description = "Latency added to every request, in milliseconds.")
    int latencyMs;

    @Option(names = "--rate-limit", defaultValue = "off", paramLabel = "off|N|N/Ws",
            description = "Enforce rate limits: requests per minute per token, or per custom window (default: ${DEFAULT-VALUE}).")
    String rateLimit;

    @Option(names = "--faults", defaultValue = "none", paramLabel = "SPEC",
            description = "Faults to inject, e.g. 5xx=0.05,reset=0.01,truncate=0.01,slow=0.05:20,429=0.02:3,seed=1.")
    String faults;

    @Option(names = "--churn", paramLabel = "STEPS[/SECONDS]",
            description = "Create, update and delete resources (with audit events) every SECONDS (default 10).")
    String churn;

    @Override
    public Integer call() throws IOException, InterruptedException {
        SandboxServer.Options options = options();
        SandboxServer sandbox;
        try {
            sandbox = SandboxServer.start(options);
        } catch (BindException e) {
            throw CliException.usage("port " + port + " or " + otherRegionPort + " is in use: choose others with --port / --other-region-port");
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.close();
            stopped.countDown();
        }));
        PrintWriter out = spec.commandLine().getOut();
        Region home = sandbox.workspace().region();
        Region other = home == Region.US ? Region.EU : Region.US;
        out.println("Sandbox serving workspace '" + sandbox.workspace().identity().path("name").asText() + "' ("
                + home.name() + ", Business plan) at " + sandbox.baseUrl());
        out.println("Token: " + sandbox.token());
        out.println("Connect with:");
        out.println("  export SEGSYNC_SANDBOX_TOKEN='" + sandbox.token() + "'");
        out.println("  segsync connection create sandbox --api-url " + sandbox.baseUrl() + " --api-key-env SEGSYNC_SANDBOX_TOKEN");
        out.println("Also served: " + other.name() + " region at " + sandbox.baseUrl(other) + " (token "
                + sandbox.token(other, Plan.BUSINESS) + "), Team-plan workspace token " + sandbox.token(home, Plan.TEAM) + ".");
        out.println("Control API (loopback, no token): POST " + sandbox.baseUrl() + "/__sandbox/churn?steps=N");
        out.println("Press Ctrl-C to stop.");
        out.flush();
        stopped.await();
        return 0;
    }

    private SandboxServer.Options options() {
        if (port < 0 || port > 65535 || otherRegionPort < 0 || otherRegionPort > 65535) {
            throw CliException.usage("--port and --other-region-port must be between 0 and 65535");
        }
        if (latencyMs < 0) {
            throw CliException.usage("--latency-ms must not be negative");
        }
        if (token != null && token.isBlank()) {
            throw CliException.usage("--token must not be empty");
        }
        try {
            SandboxServer.Options options = SandboxServer.Options.defaults().withPort(port).withOtherRegionPort(otherRegionPort)
                    .withSeed(seed).withSize(WorkspaceSize.parse(size)).withRegion(Region.parse(region)).withToken(token)
                    .withRateLimits(RateLimits.parse(rateLimit))
                    .withFaults(FaultSpec.parse(faults).withLatencyMs(latencyMs));
            if (churn != null) {
                String[] parts = churn.split("/");
                int steps = Integer.parseInt(parts[0].trim());
                long seconds = parts.length > 1 ? Long.parseLong(parts[1].trim().replace("s", "")) : 10;
                if (steps < 1 || seconds < 1 || parts.length > 2) {
                    throw new NumberFormatException();
                }
                options = options.withChurn(steps, Duration.ofSeconds(seconds));
            }
            return options;
        } catch (NumberFormatException e) {
            throw CliException.usage("--churn must be STEPS or STEPS/SECONDS with positive numbers, e.g. 5/10");
        } catch (IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        }
    }
}
