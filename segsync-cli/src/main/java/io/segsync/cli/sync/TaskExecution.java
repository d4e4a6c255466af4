package io.segsync.cli.sync;

import io.segsync.api.SegmentClient;
import io.segsync.cli.SegsyncCommand;
import io.segsync.cli.connection.ConnectionClients;
import io.segsync.cli.connection.ConnectionStore;
import io.segsync.cli.connection.StoredConnection;
import io.segsync.cli.lock.RunLock;
import io.segsync.cli.task.RunHistory;
import io.segsync.core.catalog.StreamDefinition;
import io.segsync.core.sync.RunResult;
import io.segsync.core.sync.SyncOptions;
import io.segsync.core.target.Target;
import java.time.Instant;
import java.util.List;

/**
 * One run of a task (named, or the one-shot {@code sync}): resolve the connection and the target, refuse
 * a second concurrent run, run, and record the outcome in the run history whether it succeeds or not.
 */
public final class TaskExecution {
    private TaskExecution() {}

    /** @return the exit code: 0, or 3 when some streams were skipped */
    public static int run(SegsyncCommand root, String task, String connection, String target, String streams,
                          SyncOptions options, String command) {
        ConnectionStore store = root.connections();
        StoredConnection c = store.get(connection);
        Target resolved = TargetSpec.parse(target);
        List<StreamDefinition> plan = SyncRunner.plan(streams);
        resolved.validate();
        RunHistory history = new RunHistory(root.home());
        String what = task.startsWith("sync:") ? "a sync of '" + connection + "' into " + resolved.describe()
                : "task '" + task + "' (into " + resolved.describe() + ")";
        try (RunLock lock = RunLock.acquire(root.home(), SyncCommand.taskKey(task, resolved.describe()), what);
             SegmentClient client = new SegmentClient(ConnectionClients.settings(c, store.token(c)))) {
            Instant started = Instant.now();
            try {
                RunResult result = SyncRunner.run(client, resolved, plan, options, root.output(), command);
                history.succeeded(task, options.method().label(), started, result);
                return SyncRunner.exitCode(result);
            } catch (RuntimeException e) {
                history.failed(task, options.method().label(), started, String.valueOf(e.getMessage()));
                throw e;
            }
        }
    }
}
