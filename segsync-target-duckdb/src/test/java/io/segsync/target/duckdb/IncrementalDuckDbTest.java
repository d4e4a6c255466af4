package io.segsync.target.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import io.segsync.api.ApiToken;
import io.segsync.api.ApiUrl;
import io.segsync.api.ClientSettings;
import io.segsync.api.SegmentClient;
import io.segsync.core.catalog.Catalog;
import io.segsync.core.sync.RunResult;
import io.segsync.core.sync.StreamResult;
import io.segsync.core.sync.SyncEngine;
import io.segsync.core.sync.SyncListener;
import io.segsync.core.sync.SyncOptions;
import io.segsync.core.sync.UpdateMethod;
import io.segsync.sandbox.SandboxServer;
import io.segsync.sandbox.data.WorkspaceSize;
import io.segsync.testkit.ExpectedChanges;
import io.segsync.testkit.WorkspaceRecords;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two workspaces from one seed but of different sizes stand for "before" and "after" a change: the
 * same ids, some gone, some new, some with other values. Syncing one after the other must leave the
 * tables equal to the second and record exactly its differences.
 */
class IncrementalDuckDbTest {
    private static final WorkspaceSize BEFORE = WorkspaceRecords.BEFORE;
    private static final WorkspaceSize AFTER = WorkspaceRecords.AFTER;

    private static RunResult sync(SandboxServer sandbox, Path file, UpdateMethod method) {
        ClientSettings settings = ClientSettings.of(ApiUrl.parse(sandbox.baseUrl().toString(), false), ApiToken.of(sandbox.token()))
                .withPageSize(7);
        try (SegmentClient client = new SegmentClient(settings)) {
            Catalog catalog = Catalog.standard();
            return new SyncEngine(client, new DuckDbTarget(file), SyncOptions.defaults().withMethod(method, true), SyncListener.NONE)
                    .run(catalog.streams());
        }
    }

    @ParameterizedTest
    @EnumSource(value = UpdateMethod.class, names = {"RELOAD_COMPARE", "CDC"})
    void changesAreAppliedAndRecordedExactlyOnce(UpdateMethod method, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("ws.duckdb");
        Map<String, Set<String>> firstKeys;
        try (SandboxServer before = SandboxServer.start(SandboxServer.Options.defaults().withSeed(3).withSize(BEFORE))) {
            RunResult first = sync(before, file, method);
            assertThat(first.streams()).allSatisfy(s -> assertThat(s.updated() + s.deleted()).isZero());
            firstKeys = new HashMap<>();
            WorkspaceRecords.byStream(before.workspace()).forEach((k, v) -> firstKeys.put(k, v.keySet()));
            try (SandboxServer after = SandboxServer.start(SandboxServer.Options.defaults().withSeed(3).withSize(AFTER).withToken(before.token()))) {
                RunResult second = sync(after, file, method);
                Map<String, ExpectedChanges> expected = ExpectedChanges.between(WorkspaceRecords.byStream(before.workspace()),
                        WorkspaceRecords.byStream(after.workspace()), method);
                try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file)) {
                    for (StreamResult s : second.streams()) {
                        ExpectedChanges e = expected.get(s.stream());
                        String keySql = keySql(s.stream());
                        assertThat(strings(c, "select " + keySql + " from segment." + s.stream() + " where not _segsync_deleted"))
                                .as(s.stream() + " live rows").isEqualTo(e.live());
                        assertThat(strings(c, "select " + keySql + " from segment." + s.stream() + "__ct where header__change_oper = 'I' and header__transaction_id = '" + second.runId() + "'"))
                                .as(s.stream() + " inserts").isEqualTo(e.inserted());
                        assertThat(strings(c, "select " + keySql + " from segment." + s.stream() + "__ct where header__change_oper = 'U'"))
                                .as(s.stream() + " updates").isEqualTo(e.updated());
                        assertThat(strings(c, "select " + keySql + " from segment." + s.stream() + "__ct where header__change_oper = 'B'"))
                                .as(s.stream() + " before-images").isEqualTo(e.updated());
                        assertThat(strings(c, "select " + keySql + " from segment." + s.stream() + "__ct where header__change_oper = 'D'"))
                                .as(s.stream() + " deletes").isEqualTo(e.deleted());
                        assertThat(count(c, "select count(*) from segment." + s.stream() + "__ct where header__transaction_id = '" + second.runId() + "'"))
                                .as(s.stream() + " change rows of run 2").isEqualTo(e.inserted().size() + 2L * e.updated().size() + e.deleted().size());
                        assertThat(s.inserted()).isEqualTo(e.inserted().size());
                        assertThat(s.updated()).isEqualTo(e.updated().size());
                        assertThat(s.deleted()).isEqualTo(e.deleted().size());
                    }
                    assertThat(firstKeys).isNotEmpty();
                }
                long changeRows = totalChangeRows(file);
                String maxSeq = maxSeq(file);
                // A third run without changes writes no change row and touches no base row.
                RunResult third = sync(after, file, method);
                assertThat(third.streams()).allSatisfy(s -> assertThat(s.inserted() + s.updated() + s.deleted()).isZero());
                assertThat(totalChangeRows(file)).isEqualTo(changeRows);
                try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file)) {
                    for (String stream : List.of("sources", "destinations", "audit_events", "tracking_plan_rules")) {
                        assertThat(count(c, "select count(*) from segment." + stream + " where _segsync_synced_at > (select max(header__timestamp) from segment." + stream + "__ct)"))
                                .as(stream + " rows touched by run 3").isZero();
                    }
                }
                assertThat(maxSeq(file)).isEqualTo(maxSeq);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = UpdateMethod.class, names = {"RELOAD_COMPARE", "CDC"})
    void changeSequenceIsStrictlyIncreasingAcrossAllChangeTables(UpdateMethod method, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("ws.duckdb");
        try (SandboxServer before = SandboxServer.start(SandboxServer.Options.defaults().withSeed(9).withSize(BEFORE));
             SandboxServer after = SandboxServer.start(SandboxServer.Options.defaults().withSeed(9).withSize(AFTER).withToken(before.token()))) {
            sync(before, file, method);
            sync(after, file, method);
            sync(before, file, method);
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement st = c.createStatement()) {
            StringBuilder union = new StringBuilder();
            for (String stream : Catalog.standard().streams().stream().map(s -> s.name()).toList()) {
                union.append(union.length() == 0 ? "" : " union all ").append("select header__change_seq from segment.").append(stream).append("__ct");
            }
            try (ResultSet rs = st.executeQuery("select count(*), count(distinct header__change_seq), min(length(header__change_seq)), max(length(header__change_seq)) from (" + union + ")")) {
                rs.next();
                assertThat(rs.getLong(1)).isPositive().isEqualTo(rs.getLong(2));
                assertThat(rs.getInt(3)).isEqualTo(35);
                assertThat(rs.getInt(4)).isEqualTo(35);
            }
            // Within one run, every change table's numbers follow on from the stream synced before it.
            try (ResultSet rs = st.executeQuery("select header__transaction_id, min(header__change_seq), max(header__change_seq) from (select header__transaction_id, header__change_seq from ("
                    + union.toString().replace("select header__change_seq", "select header__transaction_id, header__change_seq") + ")) group by 1 order by 2")) {
                String previousMax = "";
                while (rs.next()) {
                    assertThat(rs.getString(2)).isGreaterThan(previousMax);
                    previousMax = rs.getString(3);
                }
            }
        }
    }

    private static String keySql(String stream) {
        switch (stream) {
            case "labels": return "key || '|' || value";
            case "tracking_plan_rules": return "tracking_plan_id || '|' || type || '|' || key";
            default: return "id";
        }
    }

    private static Set<String> strings(Connection c, String sql) throws Exception {
        Set<String> out = new HashSet<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                assertThat(out.add(rs.getString(1))).as("duplicate " + rs.getString(1) + " in " + sql).isTrue();
            }
        }
        return out;
    }

    private static long count(Connection c, String sql) throws Exception {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long totalChangeRows(Path file) throws Exception {
        long total = 0;
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file)) {
            for (String stream : Catalog.standard().streams().stream().map(s -> s.name()).toList()) {
                total += count(c, "select count(*) from segment." + stream + "__ct");
            }
        }
        return total;
    }

    private static String maxSeq(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select value from segment._segsync_task where key = 'last_change_seq'")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
