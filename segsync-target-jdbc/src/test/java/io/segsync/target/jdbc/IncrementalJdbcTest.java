package io.segsync.target.jdbc;

import io.segsync.testkit.ExpectedChanges;
import static org.assertj.core.api.Assertions.assertThat;

import io.segsync.core.catalog.Catalog;
import io.segsync.core.sync.RunResult;
import io.segsync.core.sync.StreamResult;
import io.segsync.core.sync.UpdateMethod;
import io.segsync.sandbox.SandboxServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reload-and-compare and CDC into PostgreSQL and MariaDB, with the expectations of
 * IncrementalDuckDbTest: the second run applies and records exactly the differences between the two
 * workspaces, a third run without changes writes nothing, and change sequences only grow.
 */
class IncrementalJdbcTest {
    static Stream<Arguments> databasesAndMethods() {
        List<Arguments> out = new ArrayList<>();
        for (TestDb db : TestDb.values()) {
            for (UpdateMethod m : List.of(UpdateMethod.RELOAD_COMPARE, UpdateMethod.CDC)) {
                out.add(Arguments.of(db, m));
            }
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("databasesAndMethods")
    void changesAreAppliedAndRecordedExactlyOnce(TestDb db, UpdateMethod method) throws Exception {
        String ns = TestDb.freshNamespace();
        try (SandboxServer before = SandboxServer.start(SandboxServer.Options.defaults().withSeed(3).withSize(Workspaces.BEFORE));
             SandboxServer after = SandboxServer.start(SandboxServer.Options.defaults().withSeed(3).withSize(Workspaces.AFTER)
                     .withToken(before.token()))) {
            RunResult first = Sandboxes.sync(before, db.target(), ns, method);
            assertThat(first.streams()).allSatisfy(s -> assertThat(s.updated() + s.deleted()).isZero());
            RunResult second = Sandboxes.sync(after, db.target(), ns, method);
            assertExactlyTheDifferences(db, ns, second, Workspaces.expected(before.workspace(), after.workspace(), method));

            long changeRows;
            String maxSeq;
            try (Connection c = db.connect()) {
                changeRows = totalChangeRows(c, ns);
                maxSeq = lastChangeSeq(c, ns);
            }
            // A third run without changes writes no change row and touches no base row.
            RunResult third = Sandboxes.sync(after, db.target(), ns, method);
            assertThat(third.streams()).allSatisfy(s -> assertThat(s.inserted() + s.updated() + s.deleted()).isZero());
            try (Connection c = db.connect()) {
                assertThat(totalChangeRows(c, ns)).isEqualTo(changeRows);
                for (String stream : List.of("sources", "destinations", "audit_events", "tracking_plan_rules")) {
                    assertThat(TestDb.count(c, "select count(*) from " + ns + "." + stream + " where _segsync_synced_at > (select max(header__timestamp) from "
                            + ns + "." + stream + "__ct)")).as(stream + " rows touched by run 3").isZero();
                }
                assertThat(lastChangeSeq(c, ns)).isEqualTo(maxSeq);
            }
        } finally {
            db.drop(ns);
        }
    }

    static void assertExactlyTheDifferences(TestDb db, String ns, RunResult second, Map<String, ExpectedChanges> expected) throws Exception {
        try (Connection c = db.connect()) {
            for (StreamResult s : second.streams()) {
                ExpectedChanges e = expected.get(s.stream());
                String key = Workspaces.keySql(db, s.stream());
                String ct = ns + "." + s.stream() + "__ct";
                assertThat(TestDb.strings(c, "select " + key + " from " + ns + "." + s.stream() + " where not _segsync_deleted"))
                        .as(s.stream() + " live rows").isEqualTo(e.live());
                assertThat(TestDb.strings(c, "select " + key + " from " + ct + " where header__change_oper = 'I' and header__transaction_id = '" + second.runId() + "'"))
                        .as(s.stream() + " inserts").isEqualTo(e.inserted());
                assertThat(TestDb.strings(c, "select " + key + " from " + ct + " where header__change_oper = 'U'"))
                        .as(s.stream() + " updates").isEqualTo(e.updated());
                assertThat(TestDb.strings(c, "select " + key + " from " + ct + " where header__change_oper = 'B'"))
                        .as(s.stream() + " before-images").isEqualTo(e.updated());
                assertThat(TestDb.strings(c, "select " + key + " from " + ct + " where header__change_oper = 'D'"))
                        .as(s.stream() + " deletes").isEqualTo(e.deleted());
                assertThat(TestDb.count(c, "select count(*) from " + ct + " where header__transaction_id = '" + second.runId() + "'"))
                        .as(s.stream() + " change rows of run 2").isEqualTo(e.inserted().size() + 2L * e.updated().size() + e.deleted().size());
                assertThat(TestDb.count(c, "select count(*) from " + ns + "." + s.stream() + " where _segsync_deleted"))
                        .as(s.stream() + " soft-deleted rows").isEqualTo(e.deleted().size());
                assertThat(s.inserted()).isEqualTo(e.inserted().size());
                assertThat(s.updated()).isEqualTo(e.updated().size());
                assertThat(s.deleted()).isEqualTo(e.deleted().size());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("databasesAndMethods")
    void changeSequenceIsStrictlyIncreasingAcrossAllChangeTables(TestDb db, UpdateMethod method) throws Exception {
        String ns = TestDb.freshNamespace();
        try {
            try (SandboxServer before = SandboxServer.start(SandboxServer.Options.defaults().withSeed(9).withSize(Workspaces.BEFORE));
                 SandboxServer after = SandboxServer.start(SandboxServer.Options.defaults().withSeed(9).withSize(Workspaces.AFTER)
                         .withToken(before.token()))) {
                Sandboxes.sync(before, db.target(), ns, method);
                Sandboxes.sync(after, db.target(), ns, method);
                Sandboxes.sync(before, db.target(), ns, method);
            }
            assertChangeSequenceStrictlyIncreasing(db, ns);
        } finally {
            db.drop(ns);
        }
    }

    static void assertChangeSequenceStrictlyIncreasing(TestDb db, String ns) throws Exception {
        StringBuilder union = new StringBuilder();
        for (String stream : Catalog.standard().streams().stream().map(s -> s.name()).toList()) {
            union.append(union.length() == 0 ? "" : " union all ").append("select header__transaction_id, header__change_seq from ")
                    .append(ns).append('.').append(stream).append("__ct");
        }
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("select count(*), count(distinct header__change_seq), min(length(header__change_seq)), "
                    + "max(length(header__change_seq)) from (" + union + ") u")) {
                rs.next();
                assertThat(rs.getLong(1)).isPositive().isEqualTo(rs.getLong(2));
                assertThat(rs.getInt(3)).isEqualTo(35);
                assertThat(rs.getInt(4)).isEqualTo(35);
            }
            // Runs follow each other: each run's numbers are above every number of the runs before it.
            try (ResultSet rs = st.executeQuery("select header__transaction_id, min(header__change_seq), max(header__change_seq) from ("
                    + union + ") u group by header__transaction_id order by 2")) {
                String previousMax = "";
                while (rs.next()) {
                    assertThat(rs.getString(2)).isGreaterThan(previousMax);
                    previousMax = rs.getString(3);
                }
            }
            assertThat(lastChangeSeq(c, ns)).isEqualTo(String.valueOf(Long.parseLong(maxSeq(st, union.toString()))));
        }
    }

    private static String maxSeq(Statement st, String union) throws Exception {
        try (ResultSet rs = st.executeQuery("select max(header__change_seq) from (" + union + ") u")) {
            rs.next();
            return rs.getString(1);
        }
    }

    static long totalChangeRows(Connection c, String ns) throws Exception {
        long total = 0;
        for (String stream : Catalog.standard().streams().stream().map(s -> s.name()).toList()) {
            total += TestDb.count(c, "select count(*) from " + ns + "." + stream + "__ct");
        }
        return total;
    }

    static String lastChangeSeq(Connection c, String ns) throws Exception {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select value from " + ns + "._segsync_task where " + (c.getMetaData().getDatabaseProductName()
                     .toLowerCase().contains("postgres") ? "\"key\"" : "`key`") + " = 'last_change_seq'")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
