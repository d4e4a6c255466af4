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
import io.segsync.sandbox.churn.Change;
import io.segsync.sandbox.data.WorkspaceSize;
import io.segsync.testkit.ExpectedChanges;
import io.segsync.testkit.WorkspaceRecords;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The sandbox changes between runs (creates, updates, deletes, new audit events): reload-and-compare
 * and CDC leave every table equal to the sandbox's snapshot and record exactly one I per created row,
 * one D per deleted row, one U with its B per updated row; a run without changes writes nothing.
 */
class ChurnTest {
    private static final List<String> STREAMS = List.of("sources", "destinations", "warehouses", "tracking_plans",
            "tracking_plan_rules", "users", "audit_events");

    private static RunResult sync(SandboxServer sandbox, Path file, UpdateMethod method) {
        ClientSettings settings = ClientSettings.of(ApiUrl.parse(sandbox.baseUrl().toString(), false), ApiToken.of(sandbox.token()))
                .withPageSize(50);
        try (SegmentClient client = new SegmentClient(settings)) {
            return new SyncEngine(client, new DuckDbTarget(file), SyncOptions.defaults().withMethod(method, true), SyncListener.NONE)
                    .run(Catalog.standard().streams());
        }
    }

    @ParameterizedTest
    @EnumSource(value = UpdateMethod.class, names = {"RELOAD_COMPARE", "CDC"})
    void afterChurnTheTablesEqualTheSandboxAndEachChangeIsRecordedOnce(UpdateMethod method, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("ws.duckdb");
        try (SandboxServer sandbox = SandboxServer.start(SandboxServer.Options.defaults().withSeed(17).withSize(WorkspaceSize.SMALL))) {
            sync(sandbox, file, method);
            Map<String, Map<String, ObjectNode>> before = WorkspaceRecords.byStream(sandbox.workspace());
            List<Change> changes = sandbox.churn(40);
            Map<String, Map<String, ObjectNode>> after = WorkspaceRecords.byStream(sandbox.workspace());
            Map<String, ExpectedChanges> expected = ExpectedChanges.between(before, after, method);
            assertThat(changes).extracting(Change::operation).contains(Change.Operation.CREATE, Change.Operation.UPDATE,
                    Change.Operation.DELETE);
            assertThat(expected.get("audit_events").inserted()).as("churn appends audit events").isNotEmpty();

            RunResult second = sync(sandbox, file, method);
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file)) {
                for (String stream : STREAMS) {
                    ExpectedChanges e = expected.get(stream);
                    String key = keySql(stream);
                    String ct = "from segment." + stream + "__ct where header__transaction_id = '" + second.runId() + "' and header__change_oper = ";
                    assertThat(keys(c, "select " + key + " from segment." + stream + " where not _segsync_deleted")).as(stream + " live").isEqualTo(e.live());
                    assertThat(keys(c, "select " + key + " " + ct + "'I'")).as(stream + " inserts").isEqualTo(e.inserted());
                    assertThat(keys(c, "select " + key + " " + ct + "'U'")).as(stream + " updates").isEqualTo(e.updated());
                    assertThat(keys(c, "select " + key + " " + ct + "'B'")).as(stream + " before-images").isEqualTo(e.updated());
                    assertThat(keys(c, "select " + key + " " + ct + "'D'")).as(stream + " deletes").isEqualTo(e.deleted());
                }
            }
            assertThat(expected.get("sources").inserted().size() + expected.get("destinations").deleted().size()
                    + expected.get("sources").updated().size()).as("the churn changed configuration").isPositive();

            long changeRows = count(file, "select count(*) from (" + unionOfChangeTables() + ")");
            RunResult third = sync(sandbox, file, method);
            assertThat(third.streams()).allSatisfy((StreamResult s) -> assertThat(s.inserted() + s.updated() + s.deleted()).isZero());
            assertThat(count(file, "select count(*) from (" + unionOfChangeTables() + ")")).isEqualTo(changeRows);
            for (String stream : STREAMS) {
                assertThat(count(file, "select count(*) from segment." + stream + " where _segsync_synced_at > (select max(header__timestamp) from segment."
                        + stream + "__ct)")).as(stream + " rows touched by the run without changes").isZero();
            }
        }
    }

    private static String unionOfChangeTables() {
        StringBuilder union = new StringBuilder();
        for (String stream : STREAMS) {
            union.append(union.length() == 0 ? "" : " union all ").append("select header__change_seq from segment.").append(stream).append("__ct");
        }
        return union.toString();
    }

    private static String keySql(String stream) {
        return stream.equals("tracking_plan_rules") ? "tracking_plan_id || '|' || type || '|' || key" : "id";
    }

    private static Set<String> keys(Connection c, String sql) throws Exception {
        Set<String> out = new HashSet<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                assertThat(out.add(rs.getString(1))).as("twice: " + rs.getString(1) + " in " + sql).isTrue();
            }
        }
        return out;
    }

    private static long count(Path file, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
