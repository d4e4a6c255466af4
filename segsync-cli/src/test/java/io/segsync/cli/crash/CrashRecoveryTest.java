package io.segsync.cli.crash;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.segsync.core.fault.FaultPoints;
import io.segsync.core.sync.UpdateMethod;
import io.segsync.sandbox.SandboxServer;
import io.segsync.sandbox.data.WorkspaceSize;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Kills a sync with {@code kill -9} at seeded points of the write path, for every update method, on
 * DuckDB, PostgreSQL (the local server) and Parquet, then reruns it: the target must equal that of a run that never crashed, with no
 * key twice and no change recorded twice.
 */
class CrashRecoveryTest {
    private static final long SEED = 20261204L;
    private static final int PAGE_SIZE = 7;
    private static final WorkspaceSize BEFORE = new WorkspaceSize(6, 10, 3, 3, 4, 6, 5, 30);
    private static final WorkspaceSize AFTER = new WorkspaceSize(5, 12, 2, 4, 3, 6, 6, 40);
    private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
    private static final List<String> SCHEMAS = new ArrayList<>();

    private static SandboxServer before;
    private static SandboxServer after;
    private static final Map<String, Map<String, List<String>>> REFERENCES = new TreeMap<>();

    @TempDir
    static Path shared;

    @BeforeAll
    static void start() throws Exception {
        before = SandboxServer.start(SandboxServer.Options.defaults().withSeed(5).withSize(BEFORE));
        after = SandboxServer.start(SandboxServer.Options.defaults().withSeed(5).withSize(AFTER).withToken(before.token()));
    }

    @AfterAll
    static void stop() throws Exception {
        before.close();
        after.close();
        try (Connection c = DriverManager.getConnection(POSTGRES); Statement st = c.createStatement()) {
            for (String schema : SCHEMAS) {
                st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    /** Where to kill: in the first sync (an initial load) or the second (applying changes). */
    record Scenario(String targetKind, UpdateMethod method, String point, int n, int sync) {
        @Override
        public String toString() {
            return targetKind + " " + method.label() + ", sync " + sync + ", at " + point + " #" + n;
        }
    }

    static Stream<Arguments> scenarios() {
        Random random = new Random(SEED);
        List<Scenario> all = new ArrayList<>();
        for (String target : List.of("duckdb", "postgres", "parquet")) {
            for (UpdateMethod method : UpdateMethod.values()) {
                // Both syncs read at least 12 pages and make at least 8 checkpoints (page size 7).
                all.add(new Scenario(target, method, "page", 1 + random.nextInt(12), 1 + random.nextInt(2)));
                if (method == UpdateMethod.FULL_LOAD) {
                    all.add(new Scenario(target, method, "commit.after-data", 1, 1 + random.nextInt(2)));
                    all.add(new Scenario(target, method, "commit.after-state", 1, 1 + random.nextInt(2)));
                } else if (method == UpdateMethod.RELOAD_COMPARE) {
                    all.add(new Scenario(target, method, "checkpoint.after-data", 1 + random.nextInt(8), 2));
                    all.add(new Scenario(target, method, "checkpoint.after-state", 1 + random.nextInt(8), 2));
                    all.add(new Scenario(target, method, "checkpoint.committed", 1 + random.nextInt(8), 1));
                } else {
                    // The first CDC sync checkpoints the audit trail after each of its 5 pages: checkpoints 8 to 12.
                    all.add(new Scenario(target, method, "checkpoint.after-data", 8 + random.nextInt(5), 1));
                    all.add(new Scenario(target, method, "checkpoint.after-state", 8 + random.nextInt(5), 1));
                    all.add(new Scenario(target, method, "checkpoint.committed", 1 + random.nextInt(8), 2));
                }
                if (target.equals("parquet")) {
                    all.add(new Scenario(target, method, "publish.before-manifest", 1, 2));
                    all.add(new Scenario(target, method, "publish.after-manifest", 1, 1));
                }
            }
        }
        return all.stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void aKilledRunRerunEqualsACleanRun(Scenario scenario, @TempDir Path dir) throws Exception {
        String target = spec(scenario.targetKind(), dir.resolve("crashed"));
        String ns = namespace();
        if (scenario.sync() == 2) {
            CrashableSync.run(before.baseUrl().toString(), before.token(), target, scenario.method(), PAGE_SIZE, ns);
        }
        SandboxServer killed = scenario.sync() == 1 ? before : after;
        Process child = startPaused(killed, target, scenario, ns);
        boolean paused = awaitPause(child);
        child.destroyForcibly(); // SIGKILL: no shutdown hook, no flush, no cleanup
        child.waitFor(30, TimeUnit.SECONDS);
        assertThat(paused).as("the run reached " + scenario.point() + " #" + scenario.n() + " and was killed there").isTrue();

        if (scenario.sync() == 1) {
            CrashableSync.run(before.baseUrl().toString(), before.token(), target, scenario.method(), PAGE_SIZE, ns);
        }
        CrashableSync.run(after.baseUrl().toString(), after.token(), target, scenario.method(), PAGE_SIZE, ns);

        Map<String, List<String>> crashed = snapshot(scenario.targetKind(), dir.resolve("crashed"), ns);
        assertThat(crashed).isEqualTo(reference(scenario.targetKind(), scenario.method()));
        assertThat(crashed.values().stream().mapToInt(List::size).sum()).as("rows compared").isPositive();
        assertNoKeyTwiceAndSequenceUnique(scenario, dir.resolve("crashed"), ns);
    }

    private static Map<String, List<String>> reference(String kind, UpdateMethod method) throws Exception {
        String key = kind + "/" + method;
        if (!REFERENCES.containsKey(key)) {
            Path location = shared.resolve("reference-" + kind + "-" + method.label());
            String target = spec(kind, location);
            String ns = namespace();
            CrashableSync.run(before.baseUrl().toString(), before.token(), target, method, PAGE_SIZE, ns);
            CrashableSync.run(after.baseUrl().toString(), after.token(), target, method, PAGE_SIZE, ns);
            REFERENCES.put(key, snapshot(kind, location, ns));
        }
        return REFERENCES.get(key);
    }

    private static String spec(String kind, Path location) {
        switch (kind) {
            case "duckdb": return "duckdb:" + location + ".duckdb";
            case "postgres": return POSTGRES;
            default: return "parquet:" + location;
        }
    }

    /** A schema of its own for every run, so PostgreSQL scenarios never see each other's tables. */
    private static synchronized String namespace() {
        String ns = "crash_" + Long.toHexString(System.nanoTime()) + "_" + SCHEMAS.size();
        SCHEMAS.add(ns);
        return ns;
    }

    private static Process startPaused(SandboxServer sandbox, String target, Scenario scenario, String ns) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m",
                "-D" + FaultPoints.PROPERTY + "=pause:" + scenario.point() + ":" + scenario.n(),
                "-cp", System.getProperty("java.class.path"), CrashableSync.class.getName(),
                sandbox.baseUrl().toString(), target, scenario.method().label(), Integer.toString(PAGE_SIZE), ns);
        pb.environment().put("SEGSYNC_TEST_TOKEN", sandbox.token());
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        return pb.start();
    }

    private static boolean awaitPause(Process child) throws Exception {
        CompletableFuture<Boolean> paused = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader err = new BufferedReader(new InputStreamReader(child.getErrorStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = err.readLine()) != null) {
                    if (line.startsWith("SEGSYNC-PAUSED")) {
                        return true;
                    }
                }
                return false;
            } catch (IOException e) {
                return false;
            }
        });
        return paused.get(120, TimeUnit.SECONDS);
    }

    /** Every published table's rows, without the columns that name the run (times, run ids, positions). */
    private static Map<String, List<String>> snapshot(String kind, Path location, String ns) throws Exception {
        Map<String, List<String>> out = new TreeMap<>();
        try (Connection c = open(kind, location, ns); Statement st = c.createStatement()) {
            for (String table : tables(kind, location, ns, st)) {
                String exclude = table.endsWith("__ct")
                        ? "_segsync_synced_at, header__change_seq, header__timestamp, header__transaction_id, header__stream_position"
                        : "_segsync_synced_at";
                List<String> columns = new ArrayList<>();
                try (ResultSet rs = st.executeQuery("select column_name from information_schema.columns where table_schema = '" + ns
                        + "' and table_name = '" + table + "' order by ordinal_position")) {
                    while (rs.next()) {
                        if (!List.of(exclude.split(", ")).contains(rs.getString(1))) {
                            columns.add("\"" + rs.getString(1) + "\"");
                        }
                    }
                }
                List<String> rows = rows(st, "select " + String.join(", ", columns) + " from \"" + ns + "\".\"" + table + "\"");
                rows.sort(null);
                out.put(table, rows);
            }
        }
        return out;
    }

    /** A connection where the target's tables are {@code ns.<table>}: the DuckDB file, PostgreSQL, or views over the Parquet folders. */
    private static Connection open(String kind, Path location, String ns) throws Exception {
        if (kind.equals("postgres")) {
            return DriverManager.getConnection(POSTGRES);
        }
        Connection c = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement st = c.createStatement()) {
            if (kind.equals("duckdb")) {
                st.execute("ATTACH '" + location + ".duckdb' AS t (READ_ONLY)");
                st.execute("USE t");
            } else {
                st.execute("CREATE SCHEMA \"" + ns + "\"");
                Iterator<String> names = new ObjectMapper().readTree(location.resolve("_segsync_manifest.json").toFile())
                        .path("tables").fieldNames();
                while (names.hasNext()) {
                    String table = names.next();
                    st.execute("CREATE VIEW \"" + ns + "\".\"" + table + "\" AS SELECT * FROM read_parquet('" + location + "/" + table + "/*.parquet')");
                }
            }
        }
        return c;
    }

    private static List<String> tables(String kind, Path location, String ns, Statement st) throws Exception {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("select table_name from information_schema.tables where table_schema = '" + ns
                + "' and table_name not like '\\_segsync%' escape '\\' order by 1")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    private static void assertNoKeyTwiceAndSequenceUnique(Scenario scenario, Path location, String ns) throws Exception {
        try (Connection c = open(scenario.targetKind(), location, ns); Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>(List.of("sources", "destinations", "audit_events"));
            if (scenario.method() != UpdateMethod.FULL_LOAD) {
                tables.add("audit_events__ct");
            }
            for (String table : tables) {
                String key = table.endsWith("__ct") ? "header__change_seq" : "id";
                assertThat(rows(st, "select " + key + " from \"" + ns + "\".\"" + table + "\" group by 1 having count(*) > 1"))
                        .as(table + ": " + key + " twice").isEmpty();
            }
        }
    }

    private static List<String> rows(Statement st, String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    Object v = rs.getObject(i);
                    row.append(v instanceof java.time.OffsetDateTime t ? t.toInstant() : v).append('|');
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
