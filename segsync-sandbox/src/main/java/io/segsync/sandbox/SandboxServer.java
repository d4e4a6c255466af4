package io.segsync.sandbox;

import com.sun.net.httpserver.HttpServer;
import io.segsync.sandbox.admin.AdminHandler;
import io.segsync.sandbox.churn.Change;
import io.segsync.sandbox.churn.Churn;
import io.segsync.sandbox.data.Ids;
import io.segsync.sandbox.data.Plan;
import io.segsync.sandbox.data.Region;
import io.segsync.sandbox.data.Workspace;
import io.segsync.sandbox.data.WorkspaceGenerator;
import io.segsync.sandbox.data.WorkspaceSize;
import io.segsync.sandbox.faults.FaultInjector;
import io.segsync.sandbox.faults.FaultSpec;
import io.segsync.sandbox.http.ApiHttpHandler;
import io.segsync.sandbox.http.RouteTable;
import io.segsync.sandbox.limits.RateLimiter;
import io.segsync.sandbox.limits.RateLimits;
import io.segsync.sandbox.ops.Ops;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A local emulator of the Segment Public API on loopback. Start one in-process for a test, or as its
 * own process ({@link SandboxMain}, {@code segsync sandbox}).
 *
 * <p>It serves both regions at once, one port each: the primary workspace (Business plan) in
 * {@link Options#region()}, a small workspace in the other region, and a small Team-plan workspace
 * beside the primary. Each has one valid token ({@link #token()}, {@link #token(Region, Plan)}); a
 * token used against the other region's port gets 401, a Team-plan token gets 403 on Business-only
 * streams. Test hooks: {@link #churn(int)}, {@link #faults()}, {@link #rateLimiter()}; the same over
 * HTTP under {@code /__sandbox/} (see {@link AdminHandler}).
 */
public final class SandboxServer implements AutoCloseable {
    private final Map<Region, HttpServer> servers;
    private final ExecutorService executor;
    private final ScheduledExecutorService churnTimer;
    private final List<Tenant> tenants;
    private final Tenant primary;
    private final Churn churn;
    private final FaultInjector faults;
    private final RateLimiter limiter;
    private final ApiHttpHandler.RequestCounter requests;

    /** A workspace and its one valid token. */
    public record Tenant(Workspace workspace, String token) {}

    /**
     * Options of a sandbox; {@code port} 0 picks a free port (likewise {@code otherRegionPort}), a null
     * {@code token} generates one. {@code churnSteps} steps are applied every {@code churnEvery} when
     * both are positive.
     */
    public record Options(int port, long seed, WorkspaceSize size, String token, Region region, int otherRegionPort,
                          RateLimits rateLimits, FaultSpec faults, int churnSteps, Duration churnEvery, Clock clock) {
        public static Options defaults() {
            return new Options(0, 42L, WorkspaceSize.SMALL, null, Region.US, 0, RateLimits.off(), FaultSpec.none(),
                    0, Duration.ZERO, Clock.systemUTC());
        }

        public Options withPort(int value) {
            return new Options(value, seed, size, token, region, otherRegionPort, rateLimits, faults, churnSteps, churnEvery, clock);
        }

        public Options withSeed(long value) {
            return new Options(port, value, size, token, region, otherRegionPort, rateLimits, faults, churnSteps, churnEvery, clock);
        }

        public Options withSize(WorkspaceSize value) {
            return new Options(port, seed, value, token, region, otherRegionPort, rateLimits, faults, churnSteps, churnEvery, clock);
        }

        public Options withToken(String value) {
            return new Options(port, seed, size, value, region, otherRegionPort, rateLimits, faults, churnSteps, churnEvery, clock);
        }

        public Options withRegion(Region value) {
            return new Options(port, seed, size, token, value, otherRegionPort, rateLimits, faults, churnSteps, churnEvery, clock);
        }

        public Options withOtherRegionPort(int value) {
            return new Options(port, seed, size, token, region, value, rateLimits, faults, churnSteps, churnEvery, clock);
        }

        public Options withRateLimits(RateLimits value) {
            return new Options(port, seed, size, token, region, otherRegionPort, value, faults, churnSteps, churnEvery, clock);
        }

        public Options withFaults(FaultSpec value) {
            return new Options(port, seed, size, token, region, otherRegionPort, rateLimits, value, churnSteps, churnEvery, clock);
        }

        public Options withChurn(int steps, Duration every) {
            return new Options(port, seed, size, token, region, otherRegionPort, rateLimits, faults, steps, every, clock);
        }

        public Options withClock(Clock value) {
            return new Options(port, seed, size, token, region, otherRegionPort, rateLimits, faults, churnSteps, churnEvery, value);
        }
    }

    private SandboxServer(Map<Region, HttpServer> servers, ExecutorService executor, ScheduledExecutorService churnTimer,
                          List<Tenant> tenants, Churn churn, FaultInjector faults, RateLimiter limiter,
                          ApiHttpHandler.RequestCounter requests) {
        this.requests = requests;
        this.servers = servers;
        this.executor = executor;
        this.churnTimer = churnTimer;
        this.tenants = tenants;
        this.primary = tenants.get(0);
        this.churn = churn;
        this.faults = faults;
        this.limiter = limiter;
    }

    public static SandboxServer start(Options options) throws IOException {
        Region other = options.region() == Region.US ? Region.EU : Region.US;
        Workspace main = WorkspaceGenerator.generate(options.seed(), options.size(), options.region(), Plan.BUSINESS);
        Workspace team = WorkspaceGenerator.generate(options.seed() + 1, WorkspaceSize.TINY, options.region(), Plan.TEAM);
        Workspace abroad = WorkspaceGenerator.generate(options.seed() + 2, WorkspaceSize.TINY, other, Plan.BUSINESS);
        List<Tenant> tenants = List.of(
                new Tenant(main, options.token() != null ? options.token() : generatedToken(options.seed())),
                new Tenant(team, generatedToken(options.seed() + 1)),
                new Tenant(abroad, generatedToken(options.seed() + 2)));
        RateLimiter limiter = new RateLimiter(options.rateLimits());
        FaultInjector faults = new FaultInjector(options.faults());
        Churn churn = new Churn(main, options.seed());
        RouteTable routes = Ops.all();
        ExecutorService executor = Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "sandbox-http");
            t.setDaemon(true);
            return t;
        });
        ApiHttpHandler.RequestCounter requests = new ApiHttpHandler.RequestCounter();
        Map<Region, HttpServer> servers = new EnumMap<>(Region.class);
        try {
            servers.put(options.region(), listen(options.port(), executor));
            servers.put(other, listen(options.otherRegionPort(), executor));
        } catch (IOException e) {
            servers.values().forEach(s -> s.stop(0));
            executor.shutdownNow();
            throw e;
        }
        for (Map.Entry<Region, HttpServer> e : servers.entrySet()) {
            Region region = e.getKey();
            e.getValue().createContext("/", new ApiHttpHandler(region, routes, token -> find(tenants, token),
                    limiter, faults, options.clock(), requests));
            e.getValue().createContext("/__sandbox/", new AdminHandler(main, churn, faults, limiter, requests));
            e.getValue().start();
        }
        ScheduledExecutorService timer = null;
        if (options.churnSteps() > 0 && !options.churnEvery().isZero()) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "sandbox-churn");
                t.setDaemon(true);
                return t;
            });
            long every = options.churnEvery().toMillis();
            timer.scheduleAtFixedRate(() -> churn.apply(options.churnSteps()), every, every, TimeUnit.MILLISECONDS);
        }
        return new SandboxServer(servers, executor, timer, tenants, churn, faults, limiter, requests);
    }

    static {
        // The JDK server writes headers and body separately; with Nagle on, a small response then waits
        // for the client's delayed ACK (~40 ms a call), which made a sync of a large workspace take an
        // hour. Read once, when the server classes load, so it must be set before the first server.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private static HttpServer listen(int port, ExecutorService executor) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        server.setExecutor(executor);
        return server;
    }

    private static Optional<Workspace> find(List<Tenant> tenants, String token) {
        return tenants.stream().filter(t -> t.token().equals(token)).map(Tenant::workspace).findFirst();
    }

    /** Segment Public API tokens start with {@code sgp_}; the sandbox's look the same. */
    static String generatedToken(long seed) {
        return "sgp_" + Ids.of(seed, "token", 0) + Ids.of(seed, "token", 1) + Ids.of(seed, "token", 2).substring(0, 20);
    }

    /** The primary workspace's region's URL. */
    public URI baseUrl() {
        return baseUrl(primary.workspace().region());
    }

    public URI baseUrl(Region region) {
        return URI.create("http://127.0.0.1:" + servers.get(region).getAddress().getPort());
    }

    public int port() {
        return servers.get(primary.workspace().region()).getAddress().getPort();
    }

    public int port(Region region) {
        return servers.get(region).getAddress().getPort();
    }

    /** The primary (Business-plan) workspace's token. */
    public String token() {
        return primary.token();
    }

    /** The token of the sandbox's workspace in that region on that plan (Team exists in the primary region only). */
    public String token(Region region, Plan plan) {
        return tenants.stream().filter(t -> t.workspace().region() == region && t.workspace().plan() == plan)
                .map(Tenant::token).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no " + plan + " workspace in " + region));
    }

    public List<Tenant> tenants() {
        return tenants;
    }

    /** The primary workspace. */
    public Workspace workspace() {
        return primary.workspace();
    }

    /**
     * Record counts of the primary workspace: its collections ({@link Workspace#counts()}) and what the
     * child operations serve summed over every parent ({@link io.segsync.sandbox.ops.ChildCounts}).
     */
    public Map<String, Long> counts() {
        Map<String, Long> all = new java.util.LinkedHashMap<>(primary.workspace().counts());
        all.putAll(io.segsync.sandbox.ops.ChildCounts.of(primary.workspace()));
        return all;
    }

    /** Applies {@code steps} churn steps to the primary workspace now; deterministic for the seed. */
    public List<Change> churn(int steps) {
        return churn.apply(steps);
    }

    public FaultInjector faults() {
        return faults;
    }

    public RateLimiter rateLimiter() {
        return limiter;
    }

    /** Requests answered so far, by operation id; the 429s under {@code rate-limited}. For benchmarks. */
    public ApiHttpHandler.RequestCounter requests() {
        return requests;
    }

    @Override
    public void close() {
        if (churnTimer != null) {
            churnTimer.shutdownNow();
        }
        servers.values().forEach(s -> s.stop(0));
        executor.shutdownNow();
        try {
            executor.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "SandboxServer[" + baseUrl() + ", token=****]";
    }
}
