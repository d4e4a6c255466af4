package io.segsync.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.segsync.sandbox.churn.Change;
import io.segsync.sandbox.data.WorkspaceSize;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Churn changes the workspace deterministically and leaves an audit trail CDC can follow. */
class ChurnTest {

    private static List<String> snapshot(SandboxServer sandbox, String path, String key) {
        List<String> ids = new ArrayList<>();
        JsonNode data = Http.get(sandbox.baseUrl(), path + "?pagination.count=1000", sandbox.token()).json().path("data");
        data.path(key).forEach(n -> ids.add(n.toString()));
        return ids;
    }

    @Test
    void theSameSeedAndStepsGiveTheSameWorkspace() throws Exception {
        try (SandboxServer a = SandboxServer.start(SandboxServer.Options.defaults().withSeed(5));
             SandboxServer b = SandboxServer.start(SandboxServer.Options.defaults().withSeed(5))) {
            List<Change> changesA = a.churn(40);
            List<Change> changesB = new ArrayList<>(b.churn(15));
            changesB.addAll(b.churn(25));
            assertThat(changesA).isEqualTo(changesB);
            assertThat(changesA.stream().map(Change::operation)).contains(Change.Operation.CREATE, Change.Operation.UPDATE, Change.Operation.DELETE);
            for (String[] list : new String[][] {{"/sources", "sources"}, {"/destinations", "destinations"}, {"/users", "users"},
                {"/warehouses", "warehouses"}, {"/tracking-plans", "trackingPlans"}, {"/audit-events", "events"}}) {
                assertThat(snapshot(a, list[0], list[1])).as(list[0]).isEqualTo(snapshot(b, list[0], list[1]));
            }
            assertThat(a.workspace().counts()).isEqualTo(b.workspace().counts());
        }
    }

    @Test
    void changesShowInListsCountsAndTheAuditTrail() throws Exception {
        try (SandboxServer sandbox = SandboxServer.start(SandboxServer.Options.defaults().withSeed(8))) {
            long eventsBefore = sandbox.workspace().counts().get("audit-events");
            String newestBefore = Http.get(sandbox.baseUrl(), "/audit-events?pagination.count=1", sandbox.token())
                    .json().path("data").path("events").get(0).path("timestamp").asText();
            List<Change> changes = sandbox.churn(30);
            assertThat(sandbox.workspace().counts().get("audit-events")).isEqualTo(eventsBefore + changes.size());

            Set<String> sources = new HashSet<>(sandbox.workspace().resources("sources").ids());
            Set<String> destinations = new HashSet<>(sandbox.workspace().resources("destinations").ids());
            for (Change c : changes) {
                boolean deletedLater = changes.stream().anyMatch(o -> o.id().equals(c.id()) && o.operation() == Change.Operation.DELETE);
                Set<String> live = c.collection().equals("sources") ? sources : c.collection().equals("destinations") ? destinations : null;
                if (live != null) {
                    assertThat(live.contains(c.id())).as(c.toString()).isEqualTo(!deletedLater);
                }
            }
            // Every destination still reads from a source that exists.
            JsonNode all = Http.get(sandbox.baseUrl(), "/destinations?pagination.count=1000", sandbox.token()).json().path("data").path("destinations");
            all.forEach(d -> assertThat(sources).contains(d.path("sourceId").asText()));
            assertThat(all.size()).isEqualTo(sandbox.workspace().counts().get("destinations").intValue());

            // The audit trail names each change, newest first, after what was there before.
            JsonNode recent = Http.get(sandbox.baseUrl(), "/audit-events?pagination.count=" + changes.size()
                    + "&startTime=" + java.time.Instant.parse(newestBefore).plusMillis(1), sandbox.token()).json().path("data").path("events");
            assertThat(recent).hasSize(changes.size());
            Change last = changes.get(changes.size() - 1);
            assertThat(recent.get(0).path("resourceId").asText()).isEqualTo(last.id());
            String type = recent.get(0).path("type").asText();
            assertThat(type).endsWith(last.operation() == Change.Operation.CREATE ? "Created"
                    : last.operation() == Change.Operation.UPDATE ? "Modified" : "Deleted");
            String id = changes.get(0).id();
            JsonNode byResource = Http.get(sandbox.baseUrl(), "/audit-events?resourceId=" + id, sandbox.token()).json().path("data").path("events");
            assertThat(byResource.size()).isGreaterThanOrEqualTo(1);
        }
    }

    @Test
    void theAdminEndpointChurnsWithoutASegmentToken() throws Exception {
        try (SandboxServer sandbox = SandboxServer.start(SandboxServer.Options.defaults().withSize(WorkspaceSize.TINY))) {
            Http.Response r = Http.post(sandbox.baseUrl(), "/__sandbox/churn?steps=5");
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.json().path("changes").size()).isGreaterThanOrEqualTo(5);
            JsonNode counts = Http.get(sandbox.baseUrl(), "/__sandbox/counts", null).json();
            assertThat(counts.path("audit-events").asLong()).isEqualTo(12 + r.json().path("changes").size());
            JsonNode ids = Http.get(sandbox.baseUrl(), "/__sandbox/ids?collection=sources", null).json().path("ids");
            assertThat(ids.size()).isEqualTo(counts.path("sources").asInt());
        }
    }
}
