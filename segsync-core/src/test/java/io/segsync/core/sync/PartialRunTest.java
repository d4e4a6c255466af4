package io.segsync.core.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.segsync.api.ApiToken;
import io.segsync.api.ApiUrl;
import io.segsync.api.ClientSettings;
import io.segsync.api.SegmentClient;
import io.segsync.core.catalog.Catalog;
import io.segsync.sandbox.SandboxServer;
import io.segsync.sandbox.data.WorkspaceSize;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A stream the token may not read is skipped with its reason (and its children with it); the others land. */
class PartialRunTest {
    @Test
    void aForbiddenStreamAndItsChildrenAreSkippedAndTheRestLands() throws Exception {
        try (SandboxServer sandbox = SandboxServer.start(SandboxServer.Options.defaults().withSize(WorkspaceSize.TINY));
             ForbiddingProxy proxy = new ForbiddingProxy(sandbox.baseUrl(), Set.of("/tracking-plans", "/audit-events"));
             SegmentClient client = new SegmentClient(ClientSettings.of(ApiUrl.parse(proxy.baseUrl().toString(), false),
                     ApiToken.of(sandbox.token())))) {
            MemoryTarget target = new MemoryTarget();
            List<SkippedStream> heard = new ArrayList<>();
            SyncListener listener = new SyncListener() {
                @Override
                public void streamSkipped(SkippedStream skipped) {
                    heard.add(skipped);
                }
            };
            RunResult result = new FullLoadSync(client, target, SyncOptions.defaults(), listener).run(Catalog.standard().streams());

            assertThat(result.status()).isEqualTo(RunStatus.PARTIAL);
            assertThat(result.skipped()).extracting(SkippedStream::stream)
                    .containsExactly("tracking_plans", "tracking_plan_rules", "audit_events");
            assertThat(result.skipped().get(0).reason()).contains("403").contains("plan");
            assertThat(result.skipped().get(1).reason()).isEqualTo("its parent stream tracking_plans was skipped");
            assertThat(heard).isEqualTo(result.skipped());
            assertThat(target.published.keySet()).containsExactly("sources", "destinations", "warehouses", "labels", "users");
            assertThat(target.published.get("sources")).hasSize(WorkspaceSize.TINY.sources());
        }
    }

    @Test
    void aRunWithNothingRefusedSucceeds() throws Exception {
        try (SandboxServer sandbox = SandboxServer.start(SandboxServer.Options.defaults().withSize(WorkspaceSize.TINY));
             SegmentClient client = new SegmentClient(ClientSettings.of(ApiUrl.parse(sandbox.baseUrl().toString(), false),
                     ApiToken.of(sandbox.token())))) {
            RunResult result = new FullLoadSync(client, new MemoryTarget(), SyncOptions.defaults(), SyncListener.NONE)
                    .run(Catalog.standard().streams());
            assertThat(result.status()).isEqualTo(RunStatus.SUCCEEDED);
            assertThat(result.skipped()).isEmpty();
        }
    }
}
