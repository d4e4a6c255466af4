package io.segsync.target.jdbc;

import io.segsync.core.catalog.Catalog;
import io.segsync.core.catalog.StreamDefinition;
import io.segsync.core.record.RowMapper;
import io.segsync.core.record.TableSchema;
import io.segsync.core.sync.RunResult;
import io.segsync.core.sync.SyncListener;
import io.segsync.core.sync.UpdateMethod;
import io.segsync.core.target.IncrementalWriter;
import io.segsync.core.target.RunInfo;
import io.segsync.core.target.StreamLoader;
import io.segsync.core.target.StreamState;
import io.segsync.core.target.Target;
import io.segsync.core.target.TargetSession;
import io.segsync.sandbox.SandboxServer;
import io.segsync.sandbox.data.ResourceList;
import io.segsync.sandbox.data.WorkspaceGenerator;
import io.segsync.sandbox.data.WorkspaceSize;
import io.segsync.target.duckdb.DuckDbTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Rows per second into each target, printed, never asserted (speed is compared within one run, not
 * judged by a timed test). Run with:
 * {@code ./mvnw -q -o -pl segsync-target-jdbc -am verify -Dsegsync.excludedGroups= -Dgroups=benchmark -Dtest=ThroughputBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 */
@Tag("benchmark")
class ThroughputBenchmark {
    private static final int AUDIT_ROWS = Integer.getInteger("segsync.bench.rows", 200_000);

    /** The target alone: audit events mapped from a generated workspace, bulk-loaded and published, then upserted. */
    @Test
    void targetOnly() throws Exception {
        WorkspaceSize size = new WorkspaceSize(5, 5, 1, 1, 1, 1, 1, AUDIT_ROWS);
        ResourceList events = WorkspaceGenerator.generate(21, size).collection("audit-events");
        StreamDefinition audit = Catalog.standard().stream("audit_events").orElseThrow();
        TableSchema schema = TableSchema.of(audit);
        Path dir = Files.createTempDirectory("segsync-bench");
        Map<String, Target> targets = new LinkedHashMap<>();
        targets.put("DuckDB", new DuckDbTarget(dir.resolve("bench.duckdb")));
        targets.put("PostgreSQL", TestDb.POSTGRES.target());
        targets.put("MariaDB", TestDb.MARIADB.target());
        String ns = TestDb.freshNamespace();
        try {
            for (Map.Entry<String, Target> e : targets.entrySet()) {
                RunInfo run = RunInfo.start(ns);
                RowMapper mapper = new RowMapper(schema, false, run.startedAt());
                long started = System.nanoTime();
                try (TargetSession session = e.getValue().open(run)) {
                    StreamLoader loader = session.startFullLoad(schema);
                    for (int i = 0; i < events.size(); i++) {
                        loader.write(mapper.map(events.get(i), null));
                    }
                    loader.finish();
                    session.commit();
                }
                report(e.getKey(), "full load (stage + publish)", events.size(), started);

                // Every row again through the incremental path, as changed rows: stage, merge, one checkpoint.
                RunInfo second = RunInfo.start(ns);
                RowMapper remapper = new RowMapper(schema, false, second.startedAt());
                started = System.nanoTime();
                try (TargetSession session = e.getValue().open(second)) {
                    IncrementalWriter writer = session.openIncremental(schema, false);
                    for (int i = 0; i < events.size(); i++) {
                        writer.upsert(remapper.map(events.get(i), null));
                        if ((i + 1) % 50_000 == 0) {
                            writer.checkpoint(StreamState.empty("audit_events", "bench"), 0);
                        }
                    }
                    writer.checkpoint(StreamState.empty("audit_events", "bench"), 0);
                    session.commit();
                }
                report(e.getKey(), "upsert (stage + merge, checkpoint per 50k)", events.size(), started);
            }
        } finally {
            TestDb.POSTGRES.drop(ns);
            TestDb.MARIADB.drop(ns);
        }
    }

    /** End to end from the sandbox's medium workspace (the API emulator is part of the time). */
    @Test
    void sandboxMediumFullLoad() throws Exception {
        Path dir = Files.createTempDirectory("segsync-bench");
        String ns = TestDb.freshNamespace();
        try (SandboxServer sandbox = SandboxServer.start(SandboxServer.Options.defaults().withSeed(1).withSize(WorkspaceSize.MEDIUM))) {
            Map<String, Target> targets = new LinkedHashMap<>();
            targets.put("DuckDB", new DuckDbTarget(dir.resolve("medium.duckdb")));
            targets.put("PostgreSQL", TestDb.POSTGRES.target());
            targets.put("MariaDB", TestDb.MARIADB.target());
            for (Map.Entry<String, Target> e : targets.entrySet()) {
                long started = System.nanoTime();
                RunResult result = Sandboxes.sync(sandbox, e.getValue(), ns, UpdateMethod.FULL_LOAD, 1000, SyncListener.NONE);
                report(e.getKey(), "sandbox medium, full load end to end", result.totalRows(), started);
            }
        } finally {
            TestDb.POSTGRES.drop(ns);
            TestDb.MARIADB.drop(ns);
        }
    }

    private static void report(String target, String what, long rows, long startedNanos) {
        double seconds = (System.nanoTime() - startedNanos) / 1e9;
        System.out.printf("BENCH %-10s %-45s %,9d rows %7.2f s %,10.0f rows/s  (heap used %,d MB, %s)%n", target, what, rows, seconds,
                rows / seconds, (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20,
                OffsetDateTime.now(ZoneOffset.UTC));
    }
}
