package io.segsync.target.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segsync.api.ApiToken;
import io.segsync.api.ApiUrl;
import io.segsync.api.ClientSettings;
import io.segsync.api.SegmentClient;
import io.segsync.core.catalog.Catalog;
import io.segsync.core.fault.FaultPoints;
import io.segsync.core.sync.SyncEngine;
import io.segsync.core.sync.SyncListener;
import io.segsync.core.sync.SyncOptions;
import io.segsync.core.sync.UpdateMethod;
import io.segsync.core.target.Target;
import io.segsync.sandbox.SandboxServer;
import io.segsync.sandbox.data.WorkspaceSize;
import io.segsync.target.duckdb.DuckDbTarget;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A failure after the data is written but before the state is, and after both but before the commit:
 * data and state share one transaction, so either way the failed batch leaves no trace and the rerun
 * lands it exactly once.
 */
class DataStateFailureTest {
    private static final WorkspaceSize BEFORE = new WorkspaceSize(6, 10, 3, 3, 4, 6, 5, 30);
    private static final WorkspaceSize AFTER = new WorkspaceSize(5, 12, 2, 4, 3, 6, 6, 40);
    private static SandboxServer before;
    private static SandboxServer after;

    @BeforeAll
    static void start() throws Exception {
        before = SandboxServer.start(SandboxServer.Options.defaults().withSeed(8).withSize(BEFORE));
        after = SandboxServer.start(SandboxServer.Options.defaults().withSeed(8).withSize(AFTER).withToken(before.token()));
    }

    @AfterAll
    static void stop() {
        before.close();
        after.close();
    }

    @AfterEach
    void clearFaults() {
        FaultPoints.configure(null);
    }

    private static void sync(SandboxServer sandbox, Target target, UpdateMethod method) {
        ClientSettings settings = ClientSettings.of(ApiUrl.parse(sandbox.baseUrl().toString(), false), ApiToken.of(sandbox.token()))
                .withPageSize(7);
        try (SegmentClient client = new SegmentClient(settings)) {
            new SyncEngine(client, target, SyncOptions.defaults().withMethod(method, method != UpdateMethod.FULL_LOAD), SyncListener.NONE)
                    .run(Catalog.standard().streams());
        }
    }

    /** {@code sync} 1 fails the first (initial) sync, 2 the second, which applies changes. */
    @ParameterizedTest(name = "{0} {1}, sync {4}, at {2} #{3}")
    @CsvSource({
        "duckdb, cdc, checkpoint.after-data, 10, 1",
        "duckdb, cdc, checkpoint.after-state, 9, 1",
        "duckdb, cdc, checkpoint.after-data, 3, 2",
        "duckdb, reload-compare, checkpoint.after-data, 2, 2",
        "duckdb, reload-compare, checkpoint.after-state, 8, 2",
        "duckdb, full-load, commit.after-data, 1, 2",
        "duckdb, full-load, commit.after-state, 1, 1",
        "parquet, cdc, checkpoint.after-data, 11, 1",
        "parquet, cdc, checkpoint.after-state, 5, 2",
        "parquet, full-load, commit.after-data, 1, 1",
        "parquet, full-load, commit.after-state, 1, 2"
    })
    void aFailureBetweenDataAndStateLosesAndDuplicatesNothing(String kind, String methodLabel, String point, int n, int sync,
                                                               @TempDir Path dir) throws Exception {
        UpdateMethod method = UpdateMethod.parse(methodLabel);
        Function<Path, Target> targetAt = p -> kind.equals("duckdb") ? new DuckDbTarget(p.resolve("t.duckdb")) : new FilesTarget(p.resolve("lake"), FileFormat.PARQUET);
        Path clean = dir.resolve("clean");
        Path failed = dir.resolve("failed");
        java.nio.file.Files.createDirectories(clean);
        java.nio.file.Files.createDirectories(failed);
        sync(before, targetAt.apply(clean), method);
        sync(after, targetAt.apply(clean), method);

        if (sync == 2) {
            sync(before, targetAt.apply(failed), method);
        }
        SandboxServer failing = sync == 1 ? before : after;
        FaultPoints.configure("fail:" + point + ":" + n);
        assertThatThrownBy(() -> sync(failing, targetAt.apply(failed), method)).isInstanceOf(FaultPoints.InjectedFault.class);
        FaultPoints.configure(null);
        if (sync == 1) {
            sync(before, targetAt.apply(failed), method);
        }
        sync(after, targetAt.apply(failed), method);

        for (String table : List.of("sources", "destinations", "labels", "tracking_plan_rules", "audit_events")) {
            assertThat(rows(kind, failed, table)).as(table).isEqualTo(rows(kind, clean, table));
            if (method != UpdateMethod.FULL_LOAD) {
                assertThat(rows(kind, failed, table + "__ct")).as(table + "__ct").isEqualTo(rows(kind, clean, table + "__ct"));
            }
        }
    }

    private static List<String> rows(String kind, Path location, String table) throws Exception {
        String exclude = table.endsWith("__ct")
                ? "_segsync_synced_at, header__timestamp, header__transaction_id, header__stream_position"
                : "_segsync_synced_at";
        String from = kind.equals("duckdb") ? "t.segment." + table : "read_parquet('" + location.resolve("lake") + "/" + table + "/*.parquet')";
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            if (kind.equals("duckdb")) {
                st.execute("ATTACH '" + location.resolve("t.duckdb") + "' AS t (READ_ONLY)");
            }
            try (ResultSet rs = st.executeQuery("select * exclude (" + exclude + ") from " + from + " order by all")) {
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
        }
        assertThat(rows).as(table + " is not empty").isNotEmpty();
        return rows;
    }
}
