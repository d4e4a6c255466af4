package io.segsync.target.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
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
import io.segsync.sandbox.data.ResourceList;
import io.segsync.sandbox.data.Workspace;
import io.segsync.sandbox.data.WorkspaceSize;
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
import java.util.function.Function;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two workspaces from one seed but of different sizes stand for "before" and "after" a change: the
 * same ids, some gone, some new, some with other values. Syncing one after the other must leave the
 * tables equal to the second and record exactly its differences.
 */
class IncrementalDuckDbTest {
    private static final WorkspaceSize BEFORE = new WorkspaceSize(6, 10, 3, 3, 4, 6, 5, 30);
    private static final WorkspaceSize AFTER = new WorkspaceSize(5, 12, 2, 4, 3, 6, 6, 40);

    private record Expected(Set<String> inserted, Set<String> updated, Set<String> deleted, Set<String> live) {}

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
            firstKeys = keysByStream(before.workspace());
            try (SandboxServer after = SandboxServer.start(SandboxServer.Options.defaults().withSeed(3).withSize(AFTER).withToken(before.token()))) {
                RunResult second = sync(after, file, method);
                Map<String, Expected> expected = expected(before.workspace(), after.workspace(), method);
                try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file)) {
                    for (StreamResult s : second.streams()) {
                        Expected e = expected.get(s.stream());
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

    private static Map<String, Expected> expected(Workspace before, Workspace after, UpdateMethod method) {
        Map<String, Expected> out = new HashMap<>();
        Map<String, Map<String, ObjectNode>> a = recordsByStream(before);
        Map<String, Map<String, ObjectNode>> b = recordsByStream(after);
        for (String stream : b.keySet()) {
            Set<String> inserted = new HashSet<>(b.get(stream).keySet());
            inserted.removeAll(a.get(stream).keySet());
            Set<String> deleted = new HashSet<>(a.get(stream).keySet());
            deleted.removeAll(b.get(stream).keySet());
            Set<String> updated = new HashSet<>();
            for (Map.Entry<String, ObjectNode> e : b.get(stream).entrySet()) {
                ObjectNode old = a.get(stream).get(e.getKey());
                if (old != null && !old.equals(e.getValue())) {
                    updated.add(e.getKey());
                }
            }
            Set<String> live = new HashSet<>(b.get(stream).keySet());
            if (method == UpdateMethod.CDC && stream.equals("audit_events")) {
                // CDC reads the audit trail from its watermark (the newest event landed) minus the
                // overlap: only "after" events in that window are compared; older history is not re-read.
                java.time.Instant start = a.get(stream).values().stream()
                        .map(e -> java.time.Instant.parse(e.get("timestamp").asText()))
                        .max(java.util.Comparator.naturalOrder()).orElseThrow().minus(SyncOptions.DEFAULT_OVERLAP);
                Set<String> read = new HashSet<>();
                b.get(stream).forEach((id, e) -> {
                    if (!java.time.Instant.parse(e.get("timestamp").asText()).isBefore(start)) {
                        read.add(id);
                    }
                });
                inserted.retainAll(read);
                updated.retainAll(read);
                deleted = new HashSet<>();
                live = new HashSet<>(a.get(stream).keySet());
                live.addAll(read);
            }
            out.put(stream, new Expected(inserted, updated, deleted, live));
        }
        return out;
    }

    private static Map<String, Set<String>> keysByStream(Workspace w) {
        Map<String, Set<String>> out = new HashMap<>();
        recordsByStream(w).forEach((k, v) -> out.put(k, v.keySet()));
        return out;
    }

    private static Map<String, Map<String, ObjectNode>> recordsByStream(Workspace w) {
        Map<String, Map<String, ObjectNode>> out = new HashMap<>();
        out.put("sources", byKey(w.collection("sources"), r -> r.get("id").asText()));
        out.put("destinations", byKey(w.collection("destinations"), r -> r.get("id").asText()));
        out.put("warehouses", byKey(w.collection("warehouses"), r -> r.get("id").asText()));
        out.put("tracking_plans", byKey(w.collection("tracking-plans"), r -> r.get("id").asText()));
        out.put("labels", byKey(w.collection("labels"), r -> r.get("key").asText() + "|" + r.get("value").asText()));
        out.put("users", byKey(w.collection("users"), r -> r.get("id").asText()));
        out.put("audit_events", byKey(w.collection("audit-events"), r -> r.get("id").asText()));
        Map<String, ObjectNode> rules = new HashMap<>();
        ResourceList plans = w.collection("tracking-plans");
        for (int i = 0; i < plans.size(); i++) {
            String plan = plans.get(i).get("id").asText();
            rules.putAll(byKey(w.rulesOf(plan).orElseThrow(), r -> plan + "|" + r.get("type").asText() + "|" + r.get("key").asText()));
        }
        out.put("tracking_plan_rules", rules);
        return out;
    }

    private static Map<String, ObjectNode> byKey(ResourceList list, Function<ObjectNode, String> key) {
        Map<String, ObjectNode> out = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            out.put(key.apply(list.get(i)), list.get(i));
        }
        return out;
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
