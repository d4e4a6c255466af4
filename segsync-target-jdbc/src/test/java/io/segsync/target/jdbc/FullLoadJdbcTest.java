package io.segsync.target.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.segsync.core.sync.RunResult;
import io.segsync.core.sync.SyncListener;
import io.segsync.core.sync.UpdateMethod;
import io.segsync.sandbox.SandboxServer;
import io.segsync.sandbox.data.ResourceList;
import io.segsync.sandbox.data.WorkspaceSize;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FullLoadJdbcTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static SandboxServer sandbox;

    @BeforeAll
    static void startSandbox() throws Exception {
        sandbox = SandboxServer.start(SandboxServer.Options.defaults().withSeed(7).withSize(WorkspaceSize.SMALL));
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @ParameterizedTest
    @EnumSource(TestDb.class)
    void landsEveryStreamWithTheSandboxCountsAndValues(TestDb db) throws Exception {
        String ns = TestDb.freshNamespace();
        try {
            RunResult result = Sandboxes.sync(sandbox, db.target(), ns, UpdateMethod.FULL_LOAD, 37, SyncListener.NONE);
            assertThat(result.streams()).hasSize(8);
            Map<String, Long> counts = sandbox.workspace().counts();
            try (Connection c = db.connect()) {
                assertThat(TestDb.count(c, "select count(*) from " + ns + ".sources")).isEqualTo(counts.get("sources"));
                assertThat(TestDb.count(c, "select count(*) from " + ns + ".destinations")).isEqualTo(counts.get("destinations"));
                assertThat(TestDb.count(c, "select count(*) from " + ns + ".warehouses")).isEqualTo(counts.get("warehouses"));
                assertThat(TestDb.count(c, "select count(*) from " + ns + ".tracking_plans")).isEqualTo(counts.get("tracking-plans"));
                assertThat(TestDb.count(c, "select count(*) from " + ns + ".tracking_plan_rules")).isEqualTo(counts.get("tracking-plan-rules"));
                assertThat(TestDb.count(c, "select count(*) from " + ns + ".labels")).isEqualTo(counts.get("labels"));
                assertThat(TestDb.count(c, "select count(*) from " + ns + ".users")).isEqualTo(counts.get("users"));
                assertThat(TestDb.count(c, "select count(*) from " + ns + ".audit_events")).isEqualTo(counts.get("audit-events"));
                assertThat(TestDb.count(c, "select count(*) from " + ns + ".destinations d join " + ns + ".sources s on d.source_id = s.id"))
                        .isEqualTo(counts.get("destinations"));
                assertThat(TestDb.count(c, "select count(*) from " + ns + ".sources where concat(write_keys, '') like '%[redacted]%'"))
                        .isEqualTo(counts.get("sources"));
                assertThat(TestDb.count(c, "select count(*) from " + ns + "._segsync_state where method = 'full-load'")).isEqualTo(8);
                assertThat(TestDb.tables(c, ns)).noneMatch(t -> t.startsWith("_segsync_stage_") || t.startsWith("_segsync_old_"));
                assertValuesMatchTheSandbox(db, c, ns);
            }
        } finally {
            db.drop(ns);
        }
    }

    /** Scalar, boolean, timestamp and JSON values come back as the API served them. */
    private static void assertValuesMatchTheSandbox(TestDb db, Connection c, String ns) throws Exception {
        ResourceList sources = sandbox.workspace().collection("sources");
        try (PreparedStatement ps = c.prepareStatement("select name, slug, enabled, labels from " + ns + ".sources where id = ?")) {
            for (int i = 0; i < sources.size(); i++) {
                JsonNode s = sources.get(i);
                ps.setString(1, s.get("id").asText());
                try (ResultSet rs = ps.executeQuery()) {
                    assertThat(rs.next()).as("source " + s.get("id")).isTrue();
                    assertThat(rs.getString(1)).isEqualTo(s.path("name").asText(null));
                    assertThat(rs.getString(2)).isEqualTo(s.path("slug").asText(null));
                    assertThat(rs.getBoolean(3)).isEqualTo(s.path("enabled").asBoolean());
                    assertThat(JSON.readTree(rs.getString(4))).isEqualTo(s.get("labels"));
                }
            }
        }
        ResourceList plans = sandbox.workspace().collection("tracking-plans");
        try (PreparedStatement ps = c.prepareStatement("select created_at, updated_at from " + ns + ".tracking_plans where id = ?")) {
            for (int i = 0; i < plans.size(); i++) {
                JsonNode p = plans.get(i);
                ps.setString(1, p.get("id").asText());
                try (ResultSet rs = ps.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    assertThat(db.target().dialect().readTimestamp(rs, 1).toInstant()).isEqualTo(Instant.parse(p.get("createdAt").asText()));
                    assertThat(db.target().dialect().readTimestamp(rs, 2).toInstant()).isEqualTo(Instant.parse(p.get("updatedAt").asText()));
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDb.class)
    void aFailedFullLoadLeavesThePreviousTablesIntact(TestDb db) throws Exception {
        String ns = TestDb.freshNamespace();
        try (SandboxServer after = SandboxServer.start(SandboxServer.Options.defaults().withSeed(8).withSize(WorkspaceSize.SMALL)
                .withToken(sandbox.token()))) {
            Sandboxes.sync(sandbox, db.target(), ns, UpdateMethod.FULL_LOAD);
            String sourcesBefore;
            try (Connection c = db.connect()) {
                sourcesBefore = String.join(",", new java.util.TreeSet<>(TestDb.strings(c, "select id from " + ns + ".sources")));
            }
            // The run fails in its last stream, after the others were staged.
            SyncListener failing = new SyncListener() {
                @Override
                public void pageLoaded(String stream, long rowsSoFar, long pagesSoFar, OptionalLong totalEntries) {
                    if (stream.equals("audit_events") && pagesSoFar == 2) {
                        throw new IllegalStateException("injected failure");
                    }
                }
            };
            assertThatThrownBy(() -> Sandboxes.sync(after, db.target(), ns, UpdateMethod.FULL_LOAD, 7, failing))
                    .hasMessageContaining("injected failure");
            try (Connection c = db.connect()) {
                assertThat(String.join(",", new java.util.TreeSet<>(TestDb.strings(c, "select id from " + ns + ".sources"))))
                        .isEqualTo(sourcesBefore);
                assertThat(TestDb.count(c, "select count(*) from " + ns + ".audit_events")).isEqualTo(sandbox.workspace().counts().get("audit-events"));
                assertThat(TestDb.tables(c, ns)).noneMatch(t -> t.startsWith("_segsync_stage_") || t.startsWith("_segsync_old_"));
            }
            // A later run succeeds and replaces every table.
            Sandboxes.sync(after, db.target(), ns, UpdateMethod.FULL_LOAD);
            try (Connection c = db.connect()) {
                assertThat(TestDb.count(c, "select count(*) from " + ns + ".sources")).isEqualTo(after.workspace().counts().get("sources"));
                assertThat(TestDb.strings(c, "select id from " + ns + ".sources")).isNotEqualTo(java.util.Set.of(sourcesBefore.split(",")));
            }
        } finally {
            db.drop(ns);
        }
    }
}
