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
 * DuckDB and Parquet, then reruns it: the target must equal that of a run that never crashed, with no
 * key twice and no change recorded twice.
 */
class CrashRecoveryTest {
    private static final long SEED = 20261204L;
    private static final int PAGE_SIZE = 7;
    private static final WorkspaceSize BEFORE = new WorkspaceSize(6, 10, 3, 3, 4, 6, 5, 30);
    private static final WorkspaceSize AFTER = new WorkspaceSize(5, 12, 2, 4, 3, 6, 6, 40);

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
    static void stop() {
        before.close();
        after.close();
    }

    record Scenario(String targetKind, UpdateMethod method, String point, int n) {
        @Override
        public String toString() {
            return targetKind + " " + method.label() + " at " + point + " #" + n;
        }
    }

    static Stream<Arguments> scenarios() {
        Random random = new Random(SEED);
        List<Scenario> all = new ArrayList<>();
        for (String target : List.of("duckdb", "parquet")) {
            for (UpdateMethod method : UpdateMethod.values()) {
                int checkpoints = method == UpdateMethod.CDC ? 14 : 8;
                all.add(new Scenario(target, method, "page", 1 + random.nextInt(15)));
                if (method == UpdateMethod.FULL_LOAD) {
                    all.add(new Scenario(target, method, "commit.after-data", 1));
                    all.add(new Scenario(target, method, "commit.after-state", 1));
                } else {
                    all.add(new Scenario(target, method, "checkpoint.after-data", 1 + random.nextInt(checkpoints)));
                    all.add(new Scenario(target, method, "checkpoint.after-state", 1 + random.nextInt(checkpoints)));
                    all.add(new Scenario(target, method, "checkpoint.committed", 1 + random.nextInt(checkpoints)));
                }
                if (target.equals("parquet")) {
                    all.add(new Scenario(target, method, "publish.before-manifest", 1));
                    all.add(new Scenario(target, method, "publish.after-manifest", 1));
                }
            }
        }
        return all.stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void aKilledRunRerunEqualsACleanRun(Scenario scenario, @TempDir Path dir) throws Exception {
        String target = spec(scenario.targetKind(), dir.resolve("crashed"));
        CrashableSync.run(before.baseUrl().toString(), before.token(), target, scenario.method(), PAGE_SIZE);

        Process child = startPaused(target, scenario);
        boolean paused = awaitPause(child);
        child.destroyForcibly(); // SIGKILL: no shutdown hook, no flush, no cleanup
        child.waitFor(30, TimeUnit.SECONDS);
        assertThat(paused).as("the run reached " + scenario.point() + " #" + scenario.n() + " and was killed there").isTrue();

        CrashableSync.run(after.baseUrl().toString(), after.token(), target, scenario.method(), PAGE_SIZE);

        Map<String, List<String>> crashed = snapshot(scenario.targetKind(), dir.resolve("crashed"));
        assertThat(crashed).isEqualTo(reference(scenario.targetKind(), scenario.method()));
        assertNoKeyTwiceAndSequenceUnique(scenario, dir.resolve("crashed"));
    }

    private static Map<String, List<String>> reference(String kind, UpdateMethod method) throws Exception {
        String key = kind + "/" + method;
        if (!REFERENCES.containsKey(key)) {
            Path location = shared.resolve("reference-" + kind + "-" + method.label());
            String target = spec(kind, location);
            CrashableSync.run(before.baseUrl().toString(), before.token(), target, method, PAGE_SIZE);
            CrashableSync.run(after.baseUrl().toString(), after.token(), target, method, PAGE_SIZE);
            REFERENCES.put(key, snapshot(kind, location));
        }
        return REFERENCES.get(key);
    }

    private static String spec(String kind, Path location) {
        return kind.equals("duckdb") ? "duckdb:" + location + ".duckdb" : "parquet:" + location;
    }

    private static Process startPaused(String target, Scenario scenario) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m",
                "-D" + FaultPoints.PROPERTY + "=pause:" + scenario.point() + ":" + scenario.n(),
                "-cp", System.getProperty("java.class.path"), CrashableSync.class.getName(),
                after.baseUrl().toString(), target, scenario.method().label(), Integer.toString(PAGE_SIZE));
        pb.environment().put("SEGSYNC_TEST_TOKEN", after.token());
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
    private static Map<String, List<String>> snapshot(String kind, Path location) throws Exception {
        Map<String, List<String>> out = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            if (kind.equals("duckdb")) {
                st.execute("ATTACH '" + location + ".duckdb' AS t (READ_ONLY)");
                try (ResultSet rs = st.executeQuery("select table_name from information_schema.tables where table_catalog = 't' "
                        + "and table_schema = 'segment' and table_name not like '\\_segsync%' escape '\\' order by 1")) {
                    while (rs.next()) {
                        tables.add(rs.getString(1));
                    }
                }
            } else {
                Iterator<String> names = new ObjectMapper().readTree(location.resolve("_segsync_manifest.json").toFile())
                        .path("tables").fieldNames();
                names.forEachRemaining(tables::add);
            }
            for (String table : tables) {
                String from = kind.equals("duckdb") ? "t.segment." + table : "read_parquet('" + location + "/" + table + "/*.parquet')";
                String exclude = table.endsWith("__ct")
                        ? "_segsync_synced_at, header__change_seq, header__timestamp, header__transaction_id, header__stream_position"
                        : "_segsync_synced_at";
                out.put(table, rows(st, "select * exclude (" + exclude + ") from " + from + " order by all"));
            }
        }
        return out;
    }

    private static void assertNoKeyTwiceAndSequenceUnique(Scenario scenario, Path location) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            boolean duck = scenario.targetKind().equals("duckdb");
            if (duck) {
                st.execute("ATTACH '" + location + ".duckdb' AS t (READ_ONLY)");
            }
            List<String> tables = new ArrayList<>(List.of("sources", "destinations", "audit_events"));
            if (scenario.method() != UpdateMethod.FULL_LOAD) {
                tables.add("audit_events__ct");
            }
            for (String table : tables) {
                String from = duck ? "t.segment." + table : "read_parquet('" + location + "/" + table + "/*.parquet')";
                String key = table.endsWith("__ct") ? "header__change_seq" : "id";
                assertThat(rows(st, "select " + key + " from " + from + " group by 1 having count(*) > 1"))
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
