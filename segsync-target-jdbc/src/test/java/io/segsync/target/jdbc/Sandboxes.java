package io.segsync.target.jdbc;

import io.segsync.api.ApiToken;
import io.segsync.api.ApiUrl;
import io.segsync.api.ClientSettings;
import io.segsync.api.SegmentClient;
import io.segsync.core.catalog.Catalog;
import io.segsync.core.sync.RunResult;
import io.segsync.core.sync.SyncEngine;
import io.segsync.core.sync.SyncListener;
import io.segsync.core.sync.SyncOptions;
import io.segsync.core.sync.UpdateMethod;
import io.segsync.core.target.Target;
import io.segsync.sandbox.SandboxServer;

/** Runs a sync of every stream from a sandbox into a target. */
final class Sandboxes {
    private Sandboxes() {}

    static RunResult sync(SandboxServer sandbox, Target target, String namespace, UpdateMethod method, int pageSize, SyncListener listener) {
        ClientSettings settings = ClientSettings.of(ApiUrl.parse(sandbox.baseUrl().toString(), false), ApiToken.of(sandbox.token()))
                .withPageSize(pageSize);
        try (SegmentClient client = new SegmentClient(settings)) {
            SyncOptions options = new SyncOptions(namespace, false).withMethod(method, method != UpdateMethod.FULL_LOAD);
            return new SyncEngine(client, target, options, listener).run(Catalog.standard().streams());
        }
    }

    static RunResult sync(SandboxServer sandbox, Target target, String namespace, UpdateMethod method) {
        return sync(sandbox, target, namespace, method, 7, SyncListener.NONE);
    }
}
