package io.segsync.target.jdbc;

import io.segsync.testkit.ExpectedChanges;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segsync.core.sync.RunResult;
import io.segsync.core.sync.UpdateMethod;
import io.segsync.core.target.TargetException;
import io.segsync.sandbox.SandboxServer;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A failure between writing a checkpoint's data and writing its state: a trigger on
 * {@code _segsync_state} lets the first few state writes of {@code audit_events} through, then
 * raises an error inside the checkpoint's transaction, after its rows, change rows and soft deletes
 * were written. The run fails; a rerun must leave every table as a clean run would, with every
 * change recorded exactly once over the two runs: nothing lost, nothing duplicated.
 */
class CheckpointFailureTest {
    /**
     * Reload-and-compare only: a CDC run after "before" re-reads just the audit window past the
     * watermark, one page here. CDC's per-page checkpoints are proven by DataStateFailureTest and the
     * kill -9 crash tests, which stop it inside its first, many-page read.
     */
    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> databasesAndMethods() {
        return IncrementalJdbcTest.databasesAndMethods().filter(a -> a.get()[1] == UpdateMethod.RELOAD_COMPARE);
    }

    @ParameterizedTest
    @MethodSource("databasesAndMethods")
    void aFailedStateWriteLosesNothingAndDuplicatesNothingAfterARerun(TestDb db, UpdateMethod method) throws Exception {
        String ns = TestDb.freshNamespace();
        try (SandboxServer before = SandboxServer.start(SandboxServer.Options.defaults().withSeed(5).withSize(Workspaces.BEFORE));
             SandboxServer after = SandboxServer.start(SandboxServer.Options.defaults().withSeed(5).withSize(Workspaces.AFTER)
                     .withToken(before.token()))) {
            RunResult first = Sandboxes.sync(before, db.target(), ns, method);
            // CDC checkpoints audit_events after every page: fail the third one, after two committed.
            // Reload-and-compare checkpoints once per stream: fail that one.
            int allowed = method == UpdateMethod.CDC ? 2 : 0;
            installFailingTrigger(db, ns, allowed);
            assertThatThrownBy(() -> Sandboxes.sync(after, db.target(), ns, method))
                    .isInstanceOf(TargetException.class)
                    .hasMessageContaining("injected state failure");
            try (Connection c = db.connect()) {
                // The streams before audit_events committed; audit_events has at most its first pages.
                assertThat(TestDb.count(c, "select count(*) from " + ns + ".sources where not _segsync_deleted"))
                        .isEqualTo(after.workspace().counts().get("sources"));
                if (method == UpdateMethod.CDC) {
                    // Two pages were committed with their state: a window is pending, to be resumed.
                    assertThat(TestDb.count(c, "select count(*) from " + ns + "._segsync_state where stream = 'audit_events' "
                            + "and concat(state, '') like '%pending%'")).isEqualTo(1);
                }
                assertThat(TestDb.count(c, "select count(*) from " + ns + ".audit_events"))
                        .isLessThan(before.workspace().counts().get("audit-events") + Workspaces.expected(before.workspace(), after.workspace(), method)
                                .get("audit_events").inserted().size());
            }
            dropFailingTrigger(db, ns);
            Sandboxes.sync(after, db.target(), ns, method);

            Map<String, ExpectedChanges> expected = Workspaces.expected(before.workspace(), after.workspace(), method);
            try (Connection c = db.connect()) {
                for (Map.Entry<String, ExpectedChanges> e : expected.entrySet()) {
                    String stream = e.getKey();
                    ExpectedChanges x = e.getValue();
                    String key = Workspaces.keySql(db, stream);
                    String ct = ns + "." + stream + "__ct where header__transaction_id <> '" + first.runId() + "' and header__change_oper = ";
                    assertThat(TestDb.strings(c, "select " + key + " from " + ns + "." + stream + " where not _segsync_deleted"))
                            .as(stream + " live rows").isEqualTo(x.live());
                    // strings() fails on a duplicate: each change is recorded once over the failed run and its rerun.
                    assertThat(TestDb.strings(c, "select " + key + " from " + ct + "'I'")).as(stream + " inserts").isEqualTo(x.inserted());
                    assertThat(TestDb.strings(c, "select " + key + " from " + ct + "'U'")).as(stream + " updates").isEqualTo(x.updated());
                    assertThat(TestDb.strings(c, "select " + key + " from " + ct + "'B'")).as(stream + " before-images").isEqualTo(x.updated());
                    assertThat(TestDb.strings(c, "select " + key + " from " + ct + "'D'")).as(stream + " deletes").isEqualTo(x.deleted());
                }
            }
            IncrementalJdbcTest.assertChangeSequenceStrictlyIncreasing(db, ns);
        } finally {
            db.drop(ns);
        }
    }

    /** Lets {@code allowed} state writes of audit_events through, then fails inside the writing transaction. */
    private static void installFailingTrigger(TestDb db, String ns, int allowed) throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute("create table " + ns + ".fail_budget (n int)");
            st.execute("insert into " + ns + ".fail_budget values (" + allowed + ")");
            if (db == TestDb.POSTGRES) {
                st.execute("create function " + ns + ".fail_state() returns trigger language plpgsql as $$ begin "
                        + "if new.stream = 'audit_events' then "
                        + "update " + ns + ".fail_budget set n = n - 1; "
                        + "if (select n from " + ns + ".fail_budget) < 0 then raise exception 'injected state failure'; end if; "
                        + "end if; return new; end $$");
                st.execute("create trigger fail_state before insert on " + ns + "._segsync_state for each row execute function " + ns + ".fail_state()");
            } else {
                st.execute("create trigger " + ns + ".fail_state before insert on " + ns + "._segsync_state for each row begin "
                        + "if new.stream = 'audit_events' then "
                        + "update " + ns + ".fail_budget set n = n - 1; "
                        + "if (select n from " + ns + ".fail_budget) < 0 then signal sqlstate '45000' set message_text = 'injected state failure'; end if; "
                        + "end if; end");
            }
        }
    }

    private static void dropFailingTrigger(TestDb db, String ns) throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute(db == TestDb.POSTGRES ? "drop trigger fail_state on " + ns + "._segsync_state" : "drop trigger " + ns + ".fail_state");
        }
    }
}
