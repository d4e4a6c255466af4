package io.segsync.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segsync.api.limits.RateLimitSettings;
import io.segsync.core.catalog.ParentBinding;
import io.segsync.core.catalog.StreamDefinition;
import io.segsync.core.sync.UpdateMethod;
import io.segsync.sandbox.SandboxServer;
import io.segsync.sandbox.data.WorkspaceSize;
import io.segsync.sandbox.faults.FaultSpec;
import io.segsync.sandbox.limits.RateLimits;
import io.segsync.target.duckdb.DuckDbTarget;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Runs the benchmark scenarios of issue 8 side by side and writes {@code bench/RESULTS.md}.
 *
 * <p>{@code java -jar bench/target/segsync-bench.jar [--out bench/RESULTS.md] [--only 1,2,3,4,5]}; normally
 * through {@code ./bench/run}, which builds first and installs the npm baseline.
 */
public final class BenchMain {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Concurrency of the segsync runs measured: the engine runs streams, and pages, one after another. */
    static final int CONCURRENCY = 1;
    static final int LATENCY_MS = 25;
    static final int RATE_PER_MINUTE = 300;
    static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
    /** The JVM flags of the segsync process of scenario 3 (peak RSS). */
    static final List<String> SYNC_JVM_FLAGS = List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    private final Path work;
    private final Path benchDir;
    private final Path jar;
    private final Report report = new Report();

    private BenchMain(Path benchDir, Path work, Path jar) {
        this.benchDir = benchDir;
        this.work = work;
        this.jar = jar;
    }

    /**
     * The JDK's HTTP server leaves Nagle's algorithm on unless told otherwise; with the client's delayed ACKs
     * that stalls each response about 40 ms on loopback, which no real API has. Read once, before the first
     * server starts, so it is set first thing here and on the sandbox process's command line.
     */
    static final String NODELAY = "sun.net.httpserver.nodelay";
    /**
     * "No rate limit": the sandbox's {@code RateLimits.off()} still counts against 600/minute and sends
     * {@code X-RateLimit-Remaining: 0} past it, which the client rightly obeys by pausing until the reset. A
     * window nobody can exhaust, and no per-endpoint limits, is what "no limit" means here.
     */
    static final RateLimits NO_LIMIT = new RateLimits(false, Integer.MAX_VALUE, Duration.ofMinutes(1), false);

    public static void main(String[] args) throws Exception {
        System.setProperty(NODELAY, "true");
        Path out = Path.of("bench/RESULTS.md");
        Path benchDir = Path.of("bench").toAbsolutePath();
        Set<String> only = new LinkedHashSet<>(List.of("1", "2", "3", "4", "5"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (args[i].equals("--out")) {
                out = Path.of(args[i + 1]);
            } else if (args[i].equals("--bench-dir")) {
                benchDir = Path.of(args[i + 1]).toAbsolutePath();
            } else if (args[i].equals("--only")) {
                only = new LinkedHashSet<>(List.of(args[i + 1].split(",")));
            }
        }
        Path work = Files.createTempDirectory("segsync-bench-");
        Path jar = Path.of(BenchMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        BenchMain bench = new BenchMain(benchDir, work, jar);
        long started = System.nanoTime();
        bench.machine();
        Set<String> chosen = only;
        bench.attempt("1/5", () -> {
            if (chosen.contains("1") || chosen.contains("5")) {
                bench.latencyBoundAndBaseline(chosen.contains("5"));
            }
        });
        bench.attempt("2", () -> {
            if (chosen.contains("2")) {
                bench.rateBound();
            }
        });
        bench.attempt("3", () -> {
            if (chosen.contains("3")) {
                bench.throughput();
            }
        });
        bench.attempt("4", () -> {
            if (chosen.contains("4")) {
                bench.changeDataCost();
            }
        });
        bench.report.machine("bench wall time", String.format(Locale.ROOT, "%.0f s", (System.nanoTime() - started) / 1e9));
        Files.writeString(out, bench.report.toMarkdown());
        System.out.println("wrote " + out);
        Sync.deleteTree(work);
        System.exit(0);
    }

    private interface Scenario {
        void run() throws Exception;
    }

    /** A scenario that fails is reported as failed; the others still run and the report is still written. */
    private void attempt(String name, Scenario scenario) {
        try {
            scenario.run();
        } catch (Exception | Error e) {
            e.printStackTrace();
            report.section("Scenario " + name + " FAILED").note(e.toString());
        }
    }

    private void machine() throws IOException {
        String mem = "?";
        String cpu = "?";
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    mem = String.format(Locale.ROOT, "%.1f GiB", Long.parseLong(line.replaceAll("\\D", "")) / 1024.0 / 1024.0);
                }
            }
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    cpu = line.substring(line.indexOf(':') + 1).trim();
                    break;
                }
            }
        } catch (IOException e) {
            // not Linux
        }
        report.machine("date (UTC)", OffsetDateTime.now(ZoneOffset.UTC).withNano(0))
                .machine("cores", Runtime.getRuntime().availableProcessors())
                .machine("CPU", cpu)
                .machine("RAM", mem)
                .machine("OS", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"))
                .machine("Java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"))
                .machine("load average at start (other work on the machine)", loadAverage())
                .machine("sandbox", "in the bench JVM (scenarios 1, 2, 4, 5) or its own JVM (3), with -D" + NODELAY + "=true")
                .machine("bench JVM flags", String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()))
                .machine("Node", command(List.of("node", "--version")))
                .machine("PostgreSQL", command(List.of("psql", "-h", "127.0.0.1", "-U", "postgres", "-d", "test", "-Atc", "show server_version")))
                .machine("streams in the catalog", Sync.plan("all").size());
        report.preface("Concurrency: segsync's engine runs streams one after another and pages one after another "
                + "(concurrency " + CONCURRENCY + "); lower bounds below are computed for that concurrency.");
    }

    // ---------------------------------------------------------------- scenarios 1 and 5

    private void latencyBoundAndBaseline(boolean baseline) throws Exception {
        System.out.println("scenario 1: medium workspace, " + LATENCY_MS + " ms latency");
        SandboxServer.Options options = SandboxServer.Options.defaults().withSize(WorkspaceSize.MEDIUM)
                .withFaults(FaultSpec.none().withLatencyMs(LATENCY_MS)).withRateLimits(NO_LIMIT);
        try (SandboxServer sandbox = SandboxServer.start(options)) {
            String url = sandbox.baseUrl().toString();
            List<StreamDefinition> plan = Sync.plan("all");
            sandbox.requests().reset();
            Sync.Outcome cold = Sync.run(Sync.settings(url, sandbox.token(), Sync.unpaced()),
                    new DuckDbTarget(work.resolve("s1-cold.duckdb")), UpdateMethod.FULL_LOAD, plan);
            long coldRequests = requests(sandbox.requests().snapshot());
            sandbox.faults().configure(FaultSpec.none());
            Sync.Outcome noLatency = Sync.run(Sync.settings(url, sandbox.token(), Sync.unpaced()),
                    new DuckDbTarget(work.resolve("s1-nolatency.duckdb")), UpdateMethod.FULL_LOAD, plan);
            sandbox.faults().configure(FaultSpec.none().withLatencyMs(LATENCY_MS));
            sandbox.requests().reset();
            Sync.Outcome warm = Sync.run(Sync.settings(url, sandbox.token(), Sync.unpaced()),
                    new DuckDbTarget(work.resolve("s1-warm.duckdb")), UpdateMethod.FULL_LOAD, plan);
            Map<String, Long> byOp = sandbox.requests().snapshot();
            long requests = requests(byOp);
            double bound = requests * LATENCY_MS / 1000.0 / CONCURRENCY;
            double coldBound = coldRequests * LATENCY_MS / 1000.0 / CONCURRENCY;
            long longestChain = plan.stream().filter(d -> d.parent().isEmpty())
                    .mapToLong(d -> warm.result().streams().stream().filter(s -> s.stream().equals(d.name()))
                            .mapToLong(s -> s.pages()).sum()).max().orElse(0);
            Report.Section s = report.section("1. Latency-bound")
                    .parameter("workspace", "sandbox `medium` (" + counts(WorkspaceSize.MEDIUM) + ")")
                    .parameter("streams", plan.size() + " (all of `Catalog.standard()`), full load into DuckDB")
                    .parameter("added latency", LATENCY_MS + " ms per request (sandbox `latency` fault)")
                    .parameter("rate limit", "none (sandbox window of 2^31 requests, no per-endpoint limits; client pacing off)")
                    .parameter("concurrency", CONCURRENCY + " (sequential streams and pages)")
                    .parameter("page size", "1000 (`ClientSettings.DEFAULT_PAGE_SIZE`)")
                    .measured("requests (sandbox counter, incl. `GET /` auth check)", requests)
                    .measured("requests by operation", byOp)
                    .measured("pages reported by the run", warm.pages())
                    .measured("rows landed", warm.result().totalRows())
                    .measured("wall time, warm JVM (the figure)", secs(warm.seconds()))
                    .measured("wall time, cold JVM (first run of the bench)", secs(cold.seconds()))
                    .measured("wall time, same run without added latency (processing + transport cost)", secs(noLatency.seconds()))
                    .measured("per stream without added latency (s)", perStream(noLatency))
                    .measured("per stream with latency, warm (s)", perStream(warm))
                    .measured("lower bound = requests × latency ÷ concurrency", secs(bound))
                    .measured("longest single cursor chain (top-level stream)", longestChain + " pages = "
                            + secs(longestChain * LATENCY_MS / 1000.0) + ": the bound with unlimited concurrency")
                    .figure("wall ÷ lower bound (warm)", warm.seconds() / bound, "×", Report.Goal.AT_MOST, 1.25)
                    .figure("wall ÷ lower bound (cold JVM)", cold.seconds() / coldBound, "×", Report.Goal.INFO, Double.NaN);
            s.note("The figure run follows a cold run and a run without latency in the same JVM, so JIT compilation "
                    + "is not counted; the cold ratio is shown for information.");
            s.note(String.format(Locale.ROOT, "Above the bound: %.2f s, against %.2f s for the whole run without added latency: "
                    + "the time segsync spends per page outside the wait (mapping, hashing, appending, publishing) is what separates it from the bound "
                    + "while it fetches one page at a time.", warm.seconds() - bound, noLatency.seconds()));
            if (baseline) {
                baseline(sandbox, plan, cold, warm, requests);
            }
        }
    }

    private void baseline(SandboxServer sandbox, List<StreamDefinition> plan, Sync.Outcome cold, Sync.Outcome warm,
                          long segsyncRequests) throws Exception {
        System.out.println("scenario 5: baseline with Segment's TypeScript SDK");
        Path baselineDir = benchDir.resolve("baseline");
        ObjectNode p = JSON.createObjectNode();
        p.put("baseUrl", sandbox.baseUrl().toString());
        p.put("pageSize", 1000);
        ObjectNode parentFields = p.putObject("parentFields");
        ArrayNode streams = p.putArray("streams");
        for (StreamDefinition d : plan) {
            if (!plainScript(d)) {
                continue;
            }
            ObjectNode st = streams.addObject();
            st.put("name", d.name()).put("operationId", d.operation().id()).put("listKey", d.operation().listKey());
            d.parent().ifPresent(b -> {
                ParentBinding.Bind bind = b.binds().get(0);
                st.putObject("parent").put("stream", b.parentStream()).put("pathParam", bind.param());
                parentFields.put(b.parentStream(), bind.from());
            });
            st.put("count", Math.max(1, Math.min(1000, d.operation().pagination().maxCount())));
        }
        Path planFile = work.resolve("baseline-plan.json");
        Files.writeString(planFile, JSON.writeValueAsString(p));
        sandbox.requests().reset();
        JsonNode r = runChild(List.of("node", baselineDir.resolve("export.js").toString(), planFile.toString(),
                work.resolve("baseline-out").toString()), baselineDir, sandbox.token(), null);
        long requests = requests(sandbox.requests().snapshot());
        double node = r.path("wallNanos").asLong() / 1e9;
        Report.Section s = report.section("5. Baseline: official TypeScript SDK, one request after another")
                .parameter("script", "`bench/baseline/export.js`, `@segment/public-api-sdk-typescript` "
                        + sdkVersion(baselineDir) + " on Node, `configureApis(token)` with `basePath` = the sandbox")
                .parameter("workspace and streams", "the same sandbox and streams as scenario 1 (" + plan.size()
                        + " list endpoints, children per parent), " + LATENCY_MS + " ms latency, page size 1000, JSON files")
                .measured("requests (sandbox counter)", requests + " (segsync: " + segsyncRequests + ")")
                .measured("rows written to JSON", r.path("rows").asLong() + " (segsync: " + warm.result().totalRows() + ")")
                .measured("errors", r.path("errors").toString())
                .measured("wall time, SDK script", secs(node))
                .measured("wall time, segsync (scenario 1, cold / warm)", secs(cold.seconds()) + " / " + secs(warm.seconds()))
                .figure("SDK wall ÷ segsync wall (cold segsync)", node / cold.seconds(), "×", Report.Goal.AT_LEAST, 5)
                .figure("SDK wall ÷ segsync wall (warm segsync)", node / warm.seconds(), "×", Report.Goal.INFO, Double.NaN);
        s.note("Both sides are latency-bound and sequential: at concurrency 1 neither can beat requests × latency, "
                + "so this ratio cannot exceed (SDK wall) ÷ (scenario 1's lower bound) = "
                + String.format(Locale.ROOT, "%.2f×", node / (segsyncRequests * LATENCY_MS / 1000.0))
                + " until segsync fetches concurrently.");
    }

    // ---------------------------------------------------------------- scenario 2

    private void rateBound() throws Exception {
        System.out.println("scenario 2: small workspace, " + RATE_PER_MINUTE + " requests/minute");
        SandboxServer.Options options = SandboxServer.Options.defaults().withSize(WorkspaceSize.SMALL)
                .withRateLimits(RateLimits.perMinute(RATE_PER_MINUTE));
        try (SandboxServer sandbox = SandboxServer.start(options)) {
            String url = sandbox.baseUrl().toString();
            List<StreamDefinition> plan = Sync.plan("all");
            RateLimitSettings paced = RateLimitSettings.DEFAULTS.withBudget(RATE_PER_MINUTE, Duration.ofMinutes(1));
            sandbox.requests().reset();
            long start = System.nanoTime();
            Sync.Outcome first = Sync.run(Sync.settings(url, sandbox.token(), paced),
                    new DuckDbTarget(work.resolve("s2-0.duckdb")), UpdateMethod.FULL_LOAD, plan);
            long perRun = requests(sandbox.requests().snapshot());
            // One small workspace needs fewer requests than one minute's budget, so the limit would never bind:
            // the same full load is repeated, same token, until the requests exceed the budget by 10%.
            int runs = (int) Math.max(1, Math.ceil(RATE_PER_MINUTE * 1.1 / Math.max(1, perRun)));
            long retries429 = first.retries429();
            long retries = first.retries();
            for (int i = 1; i < runs; i++) {
                Sync.Outcome o = Sync.run(Sync.settings(url, sandbox.token(), paced),
                        new DuckDbTarget(work.resolve("s2-" + i + ".duckdb")), UpdateMethod.FULL_LOAD, plan);
                retries429 += o.retries429();
                retries += o.retries();
            }
            double wall = (System.nanoTime() - start) / 1e9;
            Map<String, Long> byOp = sandbox.requests().snapshot();
            long requests = requests(byOp);
            long refused = byOp.getOrDefault("rate-limited", 0L);
            double bound = requests * 60.0 / RATE_PER_MINUTE;
            double windowBound = Math.floor((requests - 1) / (double) RATE_PER_MINUTE) * 60.0;
            Report.Section s = report.section("2. Rate-bound")
                    .parameter("workspace", "sandbox `small` (" + counts(WorkspaceSize.SMALL) + "), all " + plan.size() + " streams, full load into DuckDB")
                    .parameter("limit", RATE_PER_MINUTE + " requests per minute per token on the sandbox (fixed windows, "
                            + "plus the published per-endpoint limits); the client's budget set to the same "
                            + "(`RateLimitSettings.withBudget(" + RATE_PER_MINUTE + ", 1 min)`)")
                    .parameter("runs", runs + " consecutive full loads with one token (" + perRun + " requests each): one run of the "
                            + "small workspace needs fewer requests than a minute's budget, so it is repeated until the requests exceed "
                            + "the budget by 10% and the limit binds")
                    .measured("requests answered (sandbox counter)", requests)
                    .measured("429s received (client retry observer)", retries429)
                    .measured("429s answered (sandbox counter)", refused)
                    .measured("retries of any kind", retries)
                    .measured("wall time", secs(wall))
                    .measured("one run alone (first run)", secs(first.seconds()) + " for " + perRun + " requests")
                    .measured("bound = requests ÷ limit", secs(bound))
                    .measured("window bound = ⌊(requests − 1) ÷ limit⌋ × 1 min", secs(windowBound))
                    .figure("wall ÷ (requests ÷ limit)", wall / bound, "×", Report.Goal.AT_MOST, 1.05)
                    .figure("429s received", retries429, "", Report.Goal.EQUALS, 0)
                    .figure("wall ÷ window bound", windowBound > 0 ? wall / windowBound : Double.NaN, "×", Report.Goal.INFO, Double.NaN);
            s.note("The sandbox's limit is a window of " + RATE_PER_MINUTE + " per minute, not a steady rate: the first "
                    + RATE_PER_MINUTE + " requests may all go at once, so a run can finish below requests ÷ limit. "
                    + "The window bound is the earliest moment the last request may be sent at all; the time past it is the "
                    + "last window's own work.");
        }
    }

    // ---------------------------------------------------------------- scenario 3

    private void throughput() throws Exception {
        int events = 1_000_000;
        System.out.println("scenario 3: " + events + " audit events");
        String token = "sgp_bench" + Long.toHexString(System.nanoTime()) + "00000000000000000000000000000000";
        Process sandbox = new ProcessBuilder(java(), "-Xmx3g", "-XX:+UseParallelGC", "-D" + NODELAY + "=true", "-cp", jar.toString(),
                "io.segsync.sandbox.SandboxMain", "--size", "audit-events=" + events, "--token", token,
                "--rate-limit", Integer.MAX_VALUE + "/60s")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(sandbox.getInputStream(), StandardCharsets.UTF_8));
            String ready = lines.readLine();
            if (ready == null || !ready.startsWith("sandbox-ready ")) {
                throw new IllegalStateException("the sandbox did not start: " + ready);
            }
            String url = "http://127.0.0.1:" + ready.split(" ")[1];
            // Warm the sandbox (its JIT) with one pass, so the first measured pass does not pay for it.
            JsonNode warmup = syncChild(List.of("discard", url, "audit_events"), token);
            JsonNode discard = syncChild(List.of("discard", url, "audit_events"), token);
            double transport = discard.path("wallNanos").asLong() / 1e9;
            Report.Section s = report.section("3. Throughput: 1,000,000 audit events")
                    .parameter("workspace", "sandbox `audit-events=1000000` (on top of `small`), in its own JVM (-Xmx3g)")
                    .parameter("stream", "`audit_events` only, full load, no added latency, page size 1000")
                    .parameter("segsync process", "its own JVM per run (`io.segsync.bench.SyncChild`, the product's SyncEngine and targets), flags `"
                            + String.join(" ", SYNC_JVM_FLAGS) + "`; peak RSS = `VmHWM` of `/proc/self/status` at its end")
                    .measured("transport bound: fetch the same pages and discard (`SegmentClient.forEachPage`)",
                            secs(transport) + ", " + discard.path("pages").asLong() + " pages, " + discard.path("rows").asLong()
                                    + " rows, peak RSS " + mb(discard.path("vmHwmKb").asLong()) + " (warm-up pass: "
                                    + secs(warmup.path("wallNanos").asLong() / 1e9) + ")");
            for (String[] t : new String[][] {
                    {"DuckDB", "duckdb:" + work.resolve("s3.duckdb")},
                    {"PostgreSQL", POSTGRES},
                    {"Parquet", "parquet:" + work.resolve("s3-parquet")}}) {
                JsonNode r;
                try {
                    r = syncChild(List.of("sync", url, t[1], "audit_events"), token);
                } catch (RuntimeException e) {
                    s.measured(t[0], "FAILED: " + e.getMessage());
                    s.figure(t[0] + ": wall ÷ transport bound", Double.NaN, "×", t[0].equals("DuckDB") ? Report.Goal.AT_MOST : Report.Goal.INFO, 2);
                    continue;
                }
                double wall = r.path("wallNanos").asLong() / 1e9;
                long rows = r.path("rows").asLong();
                long rss = r.path("vmHwmKb").asLong();
                boolean duck = t[0].equals("DuckDB");
                s.measured(t[0], secs(wall) + ", " + rows + " rows, " + r.path("pages").asLong() + " pages, peak RSS " + mb(rss)
                        + ", status " + r.path("status").asText());
                s.figure(t[0] + ": rows per second", rows / wall, "rows/s", Report.Goal.INFO, Double.NaN);
                s.figure(t[0] + ": wall ÷ transport bound", wall / transport, "×", duck ? Report.Goal.AT_MOST : Report.Goal.INFO, 2);
                s.figure(t[0] + ": peak RSS", rss / 1024.0, "MB", duck ? Report.Goal.AT_MOST : Report.Goal.INFO, 300);
            }
        } finally {
            sandbox.destroy();
            sandbox.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private JsonNode syncChild(List<String> args, String token) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(java()));
        cmd.addAll(SYNC_JVM_FLAGS);
        cmd.addAll(List.of("-cp", jar.toString(), SyncChild.class.getName()));
        cmd.addAll(args);
        return runChild(cmd, work, token, null);
    }

    // ---------------------------------------------------------------- scenario 4

    private void changeDataCost() throws Exception {
        System.out.println("scenario 4: CDC on the large workspace with no changes");
        SandboxServer.Options options = SandboxServer.Options.defaults().withSize(WorkspaceSize.LARGE).withRateLimits(NO_LIMIT);
        try (SandboxServer sandbox = SandboxServer.start(options)) {
            String url = sandbox.baseUrl().toString();
            List<StreamDefinition> plan = Sync.plan("all");
            sandbox.requests().reset();
            Sync.Outcome full = Sync.run(Sync.settings(url, sandbox.token(), Sync.unpaced()),
                    new DuckDbTarget(work.resolve("s4-full.duckdb")), UpdateMethod.FULL_LOAD, plan);
            long fullRequests = requests(sandbox.requests().snapshot());
            Path cdcFile = work.resolve("s4-cdc.duckdb");
            Sync.Outcome initial = Sync.run(Sync.settings(url, sandbox.token(), Sync.unpaced()),
                    new DuckDbTarget(cdcFile), UpdateMethod.CDC, plan);
            long ctBefore = changeRows(cdcFile);
            sandbox.requests().reset();
            Sync.Outcome again = Sync.run(Sync.settings(url, sandbox.token(), Sync.unpaced()),
                    new DuckDbTarget(cdcFile), UpdateMethod.CDC, plan);
            Map<String, Long> byOp = sandbox.requests().snapshot();
            long ctAfter = changeRows(cdcFile);
            report.section("4. Change-data cost: CDC with no changes")
                    .parameter("workspace", "sandbox `large` (" + counts(WorkspaceSize.LARGE) + "), all " + plan.size() + " streams, DuckDB")
                    .parameter("runs", "a full load (the reference); a CDC initial load (not timed as the figure); "
                            + "a second CDC run with no change in between (the figure)")
                    .measured("full load", secs(full.seconds()) + ", " + fullRequests + " requests, " + full.result().totalRows() + " rows")
                    .measured("CDC initial load", secs(initial.seconds()) + ", " + initial.rowsWritten() + " rows written")
                    .measured("CDC no-change run", secs(again.seconds()) + ", " + requests(byOp) + " requests, "
                            + again.result().totalRows() + " rows read")
                    .measured("no-change run: inserted + updated + deleted", again.rowsWritten())
                    .measured("change-table rows (`*__ct`) before / after", ctBefore + " / " + ctAfter)
                    .figure("requests made", requests(byOp), "", Report.Goal.INFO, Double.NaN)
                    .figure("rows written", again.rowsWritten() + (ctAfter - ctBefore), "rows", Report.Goal.EQUALS, 0)
                    .figure("wall ÷ full load's wall", again.seconds() / full.seconds(), "×", Report.Goal.INFO, Double.NaN)
                    .note("CDC of configuration streams is a snapshot diff, so a no-change run still reads every page (the API has no "
                            + "change feed for them); the audit trail is read from its watermark minus the overlap window. "
                            + "What it saves is the writing.");
        }
    }

    private static long changeRows(Path duckdb) throws Exception {
        long total = 0;
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + duckdb, readOnly());
             Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("select table_schema, table_name from information_schema.tables where table_name like '%\\_\\_ct' escape '\\'")) {
                while (rs.next()) {
                    tables.add('"' + rs.getString(1) + "\".\"" + rs.getString(2) + '"');
                }
            }
            for (String t : tables) {
                try (ResultSet rs = st.executeQuery("select count(*) from " + t)) {
                    rs.next();
                    total += rs.getLong(1);
                }
            }
        }
        return total;
    }

    private static java.util.Properties readOnly() {
        java.util.Properties p = new java.util.Properties();
        p.setProperty("duckdb.read_only", "true");
        return p;
    }

    // ---------------------------------------------------------------- helpers

    /** Requests answered (not the 429s). */
    private static long requests(Map<String, Long> byOp) {
        return byOp.entrySet().stream().filter(e -> !e.getKey().equals("rate-limited")).mapToLong(Map.Entry::getValue).sum();
    }

    private static JsonNode runChild(List<String> cmd, Path dir, String token, String unused) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT);
        pb.environment().put("SEGSYNC_BENCH_TOKEN", token);
        Process p = pb.start();
        String result = null;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("bench-result ")) {
                    result = line.substring("bench-result ".length());
                } else {
                    System.out.println("  | " + line);
                }
            }
        }
        int code = p.waitFor();
        if (code != 0 || result == null) {
            throw new IllegalStateException(cmd.get(cmd.size() > 3 ? 3 : 0) + " exited " + code);
        }
        return JSON.readTree(result);
    }

    private static String perStream(Sync.Outcome o) {
        StringBuilder b = new StringBuilder();
        double streams = 0;
        for (var r : o.result().streams()) {
            b.append(b.length() == 0 ? "" : ", ").append(r.stream()).append(' ')
                    .append(String.format(Locale.ROOT, "%.2f", r.elapsed().toNanos() / 1e9));
            streams += r.elapsed().toNanos() / 1e9;
        }
        return b + String.format(Locale.ROOT, "; outside streams (auth check, open, publish) %.2f", o.seconds() - streams);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "?";
        }
    }

    private static String command(List<String> cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return p.waitFor() == 0 ? out : "unavailable";
        } catch (Exception e) {
            return "unavailable";
        }
    }

    private static String sdkVersion(Path baselineDir) {
        try {
            return JSON.readTree(baselineDir.resolve("node_modules/@segment/public-api-sdk-typescript/package.json").toFile())
                    .path("version").asText();
        } catch (IOException e) {
            return "?";
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String counts(WorkspaceSize size) {
        Map<String, Integer> m = size.asMap();
        return "sources " + m.get("sources") + ", destinations " + m.get("destinations") + ", tracking plans "
                + m.get("tracking-plans") + " × " + m.get("rules-per-tracking-plan") + " rules, users " + m.get("users")
                + ", audit events " + m.get("audit-events");
    }

    private static String secs(double s) {
        return String.format(Locale.ROOT, "%.2f s", s);
    }

    private static String mb(long kb) {
        return kb < 0 ? "n/a" : String.format(Locale.ROOT, "%.0f MB", kb / 1024.0);
    }

    @SuppressWarnings("unused")
    private static String get(URI uri) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    /**
     * Whether a plain script can read the stream as the baseline does: a list call, no required query
     * (time windows, usage periods) and at most one parent id in the path. The others (about a third of
     * the catalog: partitions, joins, windows) are left out of the baseline's comparison and listed.
     */
    static boolean plainScript(StreamDefinition d) {
        boolean simpleParent = d.parent().map(b -> b.join().isEmpty() && b.binds().size() == 1
                && b.binds().get(0).into() == ParentBinding.Into.PATH).orElse(true);
        return simpleParent && d.operation().returnsList() && d.operation().requiredQuery().isEmpty()
                && d.partitioner() == io.segsync.core.catalog.Partitioner.NONE;
    }
}
