package io.segsync.target.jdbc;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segsync.core.sync.UpdateMethod;
import io.segsync.sandbox.data.ResourceList;
import io.segsync.sandbox.data.Workspace;
import io.segsync.sandbox.data.WorkspaceSize;
import io.segsync.testkit.ExpectedChanges;
import io.segsync.testkit.WorkspaceRecords;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Two workspaces from one seed but of different sizes stand for "before" and "after" a change: the
 * same ids, some gone, some new, some with other values. This computes the differences a sync must
 * apply and record (ExpectedChanges), and how each database spells a stream's key.
 */
final class Workspaces {
    static final WorkspaceSize BEFORE = WorkspaceRecords.BEFORE;
    static final WorkspaceSize AFTER = WorkspaceRecords.AFTER;

    private Workspaces() {}

    static Map<String, ExpectedChanges> expected(Workspace before, Workspace after, UpdateMethod method) {
        return ExpectedChanges.between(WorkspaceRecords.byStream(before), WorkspaceRecords.byStream(after), method);
    }

    /** The SQL of a stream's key as the text the maps above use. */
    static String keySql(TestDb db, String stream) {
        switch (stream) {
            case "labels": return db.concat(db.quote("key"), db.quote("value"));
            case "tracking_plan_rules": return db.concat("tracking_plan_id", "type", db.quote("key"));
            default: return "id";
        }
    }
}
