package io.segsync.sandbox;

import io.segsync.sandbox.data.Region;
import io.segsync.sandbox.data.WorkspaceSize;
import io.segsync.sandbox.faults.FaultSpec;
import io.segsync.sandbox.limits.RateLimits;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the sandbox as its own process, for tests that need it out of their JVM (heap limits,
 * process-vs-in-process answers). Prints {@code sandbox-ready <port> <otherRegionPort>} once serving.
 * The token is passed with {@code --token} or read from {@code SEGSYNC_SANDBOX_TOKEN}, never printed.
 *
 * <p>Options: {@code --port N --other-region-port N --seed N --size SPEC --region us|eu --token T
 * --latency-ms N --rate-limit SPEC --faults SPEC --churn STEPS[/SECONDS]}.
 */
public final class SandboxMain {
    private SandboxMain() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        SandboxServer.Options options = SandboxServer.Options.defaults()
                .withToken(System.getenv("SEGSYNC_SANDBOX_TOKEN"));
        FaultSpec faults = FaultSpec.none();
        int latency = 0;
        for (int i = 0; i + 1 < args.length; i += 2) {
            String value = args[i + 1];
            switch (args[i]) {
                case "--port": options = options.withPort(Integer.parseInt(value)); break;
                case "--other-region-port": options = options.withOtherRegionPort(Integer.parseInt(value)); break;
                case "--seed": options = options.withSeed(Long.parseLong(value)); break;
                case "--size": options = options.withSize(WorkspaceSize.parse(value)); break;
                case "--region": options = options.withRegion(Region.parse(value)); break;
                case "--token": options = options.withToken(value); break;
                case "--latency-ms": latency = Integer.parseInt(value); break;
                case "--rate-limit": options = options.withRateLimits(RateLimits.parse(value)); break;
                case "--faults": faults = FaultSpec.parse(value); break;
                case "--churn": {
                    String[] parts = value.split("/");
                    Duration every = Duration.ofSeconds(parts.length > 1 ? Long.parseLong(parts[1].replace("s", "")) : 10);
                    options = options.withChurn(Integer.parseInt(parts[0]), every);
                    break;
                }
                default: throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (latency > 0) {
            faults = faults.withLatencyMs(latency);
        }
        SandboxServer sandbox = SandboxServer.start(options.withFaults(faults));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.close();
            stopped.countDown();
        }));
        Region other = sandbox.workspace().region() == Region.US ? Region.EU : Region.US;
        System.out.println("sandbox-ready " + sandbox.port() + " " + sandbox.port(other));
        System.out.flush();
        stopped.await();
    }
}
