package io.segsync.cli.crash;

import io.segsync.api.ApiToken;
import io.segsync.api.ApiUrl;
import io.segsync.api.ClientSettings;
import io.segsync.api.SegmentClient;
import io.segsync.cli.sync.TargetSpec;
import io.segsync.core.catalog.Catalog;
import io.segsync.core.sync.SyncEngine;
import io.segsync.core.sync.SyncListener;
import io.segsync.core.sync.SyncOptions;
import io.segsync.core.sync.UpdateMethod;

/**
 * One sync, as its own process, so that a test can kill it with {@code kill -9} at a fault point:
 * {@code CrashableSync API_URL TARGET METHOD PAGE_SIZE NAMESPACE}, token in {@code SEGSYNC_TEST_TOKEN}.
 */
public final class CrashableSync {
    private CrashableSync() {}

    public static void main(String[] args) {
        run(args[0], System.getenv("SEGSYNC_TEST_TOKEN"), args[1], UpdateMethod.parse(args[2]), Integer.parseInt(args[3]), args[4]);
    }

    static void run(String apiUrl, String token, String target, UpdateMethod method, int pageSize, String namespace) {
        ClientSettings settings = ClientSettings.of(ApiUrl.parse(apiUrl, false), ApiToken.of(token)).withPageSize(pageSize);
        try (SegmentClient client = new SegmentClient(settings)) {
            SyncOptions options = new SyncOptions(namespace, false).withMethod(method, method != UpdateMethod.FULL_LOAD);
            new SyncEngine(client, TargetSpec.parse(target), options, SyncListener.NONE).run(Catalog.standard().streams());
        }
    }
}
