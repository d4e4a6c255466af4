package io.segsync.api;

import static io.segsync.api.testing.Clients.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segsync.api.error.TransientApiException;
import io.segsync.api.ops.AccessOps;
import io.segsync.api.ops.ConnectionOps;
import io.segsync.api.ops.EngageOps;
import io.segsync.api.ops.MonitoringOps;
import io.segsync.api.ops.Operations;
import io.segsync.api.ops.ProtocolsOps;
import io.segsync.api.testing.Clients;
import io.segsync.api.testing.ScriptedServer;
import io.segsync.api.testing.ScriptedServer.Received;
import io.segsync.api.testing.ScriptedServer.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each pagination variant, as the server sees the requests and as the caller sees the pages. */
class PaginationTest {

    private static List<String> ids(List<ObjectNode> items) {
        return items.stream().map(i -> i.path("id").asText(i.path("value").asText())).toList();
    }

    @Test
    void standardCursorSendsCountAndFollowsNextUntilItIsAbsent() throws Exception {
        try (ScriptedServer server = ScriptedServer.start(r -> {
            String cursor = r.param("pagination.cursor");
            return cursor == null ? Reply.ok(page("sources", "s", 0, 2, "Mg=="))
                    : Reply.ok(page("sources", "s", 2, 1, null));
        }); SegmentClient client = new SegmentClient(Clients.settings(server).withPageSize(2))) {
            List<String> seen = new ArrayList<>();
            client.forEachPage(Operations.LIST_SOURCES, Map.of(), Map.of(), p -> seen.addAll(ids(p.items())));
            assertThat(seen).containsExactly("s0", "s1", "s2");
            List<Received> log = server.log();
            assertThat(log).hasSize(2);
            assertThat(log.get(0).param("pagination.count")).isEqualTo("2");
            assertThat(log.get(0).param("pagination.cursor")).isNull();
            assertThat(log.get(1).param("pagination.cursor")).isEqualTo("Mg==");
            assertThat(log.get(1).rawQuery()).contains("pagination.cursor=Mg%3D%3D");
            assertThat(log.get(0).header("Accept")).isEqualTo("application/vnd.segment.v1+json");
        }
    }

    @Test
    void alphaAndBetaOperationsAskForTheirVersion() throws Exception {
        try (ScriptedServer server = ScriptedServer.start(r -> Reply.ok(page(
                r.path().equals("/spaces") ? "spaces" : "filters", "x", 0, 1, null)));
             SegmentClient client = new SegmentClient(Clients.settings(server))) {
            client.forEachPage(EngageOps.LIST_SPACES, Map.of(), Map.of(), p -> { });
            client.forEachPage(EngageOps.LIST_FILTERS_FOR_SPACE, Map.of(), Map.of("integrationId", "i1"), p -> { });
            assertThat(server.log().get(0).header("Accept")).isEqualTo("application/vnd.segment.v1alpha+json");
            assertThat(server.log().get(1).header("Accept")).isEqualTo("application/vnd.segment.v1beta+json");
        }
    }

    @Test
    void audiencesAreCappedAt200PerPage() throws Exception {
        try (ScriptedServer server = ScriptedServer.start(r -> Reply.ok(page("audiences", "a", 0, 1, null)));
             SegmentClient client = new SegmentClient(Clients.settings(server))) {
            client.forEachPage(EngageOps.LIST_AUDIENCES, Map.of("spaceId", "sp1"), Map.of(), p -> { });
            assertThat(server.log().get(0).path()).isEqualTo("/spaces/sp1/audiences");
            assertThat(server.log().get(0).param("pagination.count")).isEqualTo("200");
        }
    }

    @Test
    void spaceFiltersPageByNumericOffsetTenAtATime() throws Exception {
        try (ScriptedServer server = ScriptedServer.start(r -> {
            int offset = r.param("pagination.cursor") == null ? 0 : Integer.parseInt(r.param("pagination.cursor"));
            int count = Integer.parseInt(r.param("pagination.count"));
            int total = 25;
            int n = Math.min(count, total - offset);
            StringBuilder items = new StringBuilder();
            for (int i = offset; i < offset + n; i++) {
                items.append(items.length() == 0 ? "" : ",").append("{\"id\":\"f").append(i).append("\"}");
            }
            String next = offset + n < total ? ",\"next\":" + (offset + n) : "";
            return Reply.ok("{\"data\":{\"filters\":[" + items + "],\"pagination\":{\"current\":" + offset + next
                    + ",\"totalEntries\":" + total + "}}}");
        }); SegmentClient client = new SegmentClient(Clients.settings(server))) {
            List<String> seen = new ArrayList<>();
            client.forEachPage(EngageOps.LIST_FILTERS_FOR_SPACE, Map.of(), Map.of("integrationId", "int1"), p -> seen.addAll(ids(p.items())));
            assertThat(seen).hasSize(25).doesNotHaveDuplicates().startsWith("f0").endsWith("f24");
            assertThat(server.log()).extracting(r -> r.param("pagination.count")).containsOnly("10");
            assertThat(server.log()).extracting(r -> r.param("pagination.cursor")).containsExactly(null, "10", "20");
            assertThat(server.log()).extracting(r -> r.param("integrationId")).containsOnly("int1");
        }
    }

    @Test
    void reverseEtlSyncStatusesUseTopLevelCountAndCursor() throws Exception {
        try (ScriptedServer server = ScriptedServer.start(r -> r.param("cursor") == null
                ? Reply.ok(page("syncStatuses", "r", 0, 1, "c2")) : Reply.ok(page("syncStatuses", "r", 1, 1, null)));
             SegmentClient client = new SegmentClient(Clients.settings(server))) {
            List<String> seen = new ArrayList<>();
            client.forEachPage(EngageOps.LIST_REVERSE_ETL_SYNC_STATUSES_FROM_MODEL_AND_SUBSCRIPTION_ID,
                    Map.of("modelId", "m1", "subscriptionId", "sub 1"), Map.of(), p -> seen.addAll(ids(p.items())));
            assertThat(seen).containsExactly("r0", "r1");
            Received first = server.log().get(0);
            assertThat(first.path()).isEqualTo("/reverse-etl-models/m1/subscriptionId/sub 1/syncs");
            assertThat(first.param("count")).isEqualTo("100");
            assertThat(first.param("pagination.count")).isNull();
            assertThat(server.log().get(1).param("cursor")).isEqualTo("c2");
        }
    }

    @Test
    void credentialConsumersPageEachListWithItsOwnCursor() throws Exception {
        // Both lists come in every response; each has its own pagination object and query parameters.
        try (ScriptedServer server = ScriptedServer.start(r -> {
            boolean wh2 = "w2".equals(r.param("warehousesPagination.cursor"));
            boolean src2 = "s2".equals(r.param("sourcesPagination.cursor"));
            String warehouses = wh2 ? "[{\"id\":\"w2\"}]" : "[{\"id\":\"w0\"},{\"id\":\"w1\"}]";
            String whPag = wh2 ? "{\"current\":\"w2\"}" : "{\"current\":\"w0\",\"next\":\"w2\"}";
            String sources = src2 ? "[{\"id\":\"s2\"}]" : "[{\"id\":\"s0\"},{\"id\":\"s1\"}]";
            String srcPag = src2 ? "{\"current\":\"s2\"}" : "{\"current\":\"s0\",\"next\":\"s2\"}";
            return Reply.ok("{\"data\":{\"warehouses\":" + warehouses + ",\"warehousesPagination\":" + whPag
                    + ",\"sources\":" + sources + ",\"sourcesPagination\":" + srcPag + "}}");
        }); SegmentClient client = new SegmentClient(Clients.settings(server))) {
            List<String> warehouses = new ArrayList<>();
            List<String> sources = new ArrayList<>();
            client.forEachPage(AccessOps.LIST_CREDENTIAL_CONSUMERS, Map.of("credentialId", "c1"), Map.of(),
                    p -> warehouses.addAll(ids(p.items())));
            client.forEachPage(AccessOps.LIST_CREDENTIAL_CONSUMERS.subList("sources"), Map.of("credentialId", "c1"), Map.of(),
                    p -> sources.addAll(ids(p.items())));
            assertThat(warehouses).containsExactly("w0", "w1", "w2");
            assertThat(sources).containsExactly("s0", "s1", "s2");
            List<Received> log = server.log();
            assertThat(log).hasSize(4);
            assertThat(log.get(0).param("warehousesPagination.count")).isEqualTo("1000");
            assertThat(log.get(1).param("warehousesPagination.cursor")).isEqualTo("w2");
            assertThat(log.get(2).param("sourcesPagination.count")).isEqualTo("1000");
            assertThat(log.get(3).param("sourcesPagination.cursor")).isEqualTo("s2");
            assertThat(log).allMatch(r -> r.param("pagination.count") == null);
        }
        assertThatThrownBy(() -> AccessOps.LIST_CREDENTIAL_CONSUMERS.subList("users"))
                .hasMessageContaining("warehouses").hasMessageContaining("sources");
    }

    @Test
    void unpagedListsSendNoPaginationAndReadOnePage() throws Exception {
        try (ScriptedServer server = ScriptedServer.start(r -> Reply.ok(
                "{\"data\":{\"labels\":[{\"key\":\"env\",\"value\":\"prod\"}],\"pagination\":{\"next\":\"ignored\"}}}"));
             SegmentClient client = new SegmentClient(Clients.settings(server))) {
            List<ObjectNode> seen = new ArrayList<>();
            client.forEachPage(Operations.LIST_LABELS, Map.of(), Map.of(), p -> seen.addAll(p.items()));
            assertThat(seen).hasSize(1);
            assertThat(server.log()).hasSize(1);
            assertThat(server.log().get(0).rawQuery()).isNull();
        }
    }

    @Test
    void inputOnlyPaginationSendsCountButReadsOnePage() throws Exception {
        try (ScriptedServer server = ScriptedServer.start(r -> Reply.ok("{\"data\":{\"regulations\":[{\"id\":\"g1\"}]}}"));
             SegmentClient client = new SegmentClient(Clients.settings(server))) {
            List<String> seen = new ArrayList<>();
            client.forEachPage(MonitoringOps.LIST_REGULATIONS_FROM_SOURCE, Map.of("sourceId", "src"), Map.of(),
                    p -> seen.addAll(ids(p.items())));
            assertThat(seen).containsExactly("g1");
            assertThat(server.log()).hasSize(1);
            assertThat(server.log().get(0).param("pagination.count")).isEqualTo("1000");
        }
    }

    @Test
    void forwardOnlyFollowsNextLikeTheStandardCursor() throws Exception {
        try (ScriptedServer server = ScriptedServer.start(r -> r.param("pagination.cursor") == null
                ? Reply.ok(page("traits", "t", 0, 1, "n1")) : Reply.ok(page("traits", "t", 1, 1, null)));
             SegmentClient client = new SegmentClient(Clients.settings(server))) {
            List<String> seen = new ArrayList<>();
            client.forEachPage(EngageOps.LIST_TRAITS, Map.of("spaceId", "sp"), Map.of(), p -> seen.addAll(ids(p.items())));
            assertThat(seen).containsExactly("t0", "t1");
        }
    }

    @Test
    void plainValueListsComeWrapped() throws Exception {
        try (ScriptedServer server = ScriptedServer.start(r -> Reply.ok(
                "{\"data\":{\"invites\":[\"a@example.com\",\"b@example.com\"],\"pagination\":{\"current\":\"MA==\"}}}"));
             SegmentClient client = new SegmentClient(Clients.settings(server))) {
            List<String> seen = new ArrayList<>();
            client.forEachPage(AccessOps.LIST_INVITES, Map.of(), Map.of(), p -> seen.addAll(ids(p.items())));
            assertThat(seen).containsExactly("a@example.com", "b@example.com");
        }
    }

    @Test
    void requiredQueryParametersArePartOfTheCallAndCheckedBeforeSending() throws Exception {
        try (ScriptedServer server = ScriptedServer.start(r -> Reply.ok(page("dailyWorkspaceMTUUsage", "u", 0, 1, null)));
             SegmentClient client = new SegmentClient(Clients.settings(server))) {
            assertThatThrownBy(() -> client.forEachPage(MonitoringOps.GET_DAILY_WORKSPACE_MTU_USAGE, Map.of(), Map.of(), p -> { }))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("period");
            assertThatThrownBy(() -> client.forEachPage(ProtocolsOps.LIST_FUNCTIONS, Map.of(), Map.of(), p -> { }))
                    .hasMessageContaining("resourceType");
            assertThatThrownBy(() -> client.forEachPage(MonitoringOps.GET_EVENTS_VOLUME_FROM_WORKSPACE, Map.of(),
                    Map.of("granularity", "DAY", "startTime", "2026-01-01T00:00:00Z"), p -> { }))
                    .hasMessageContaining("endTime");
            assertThat(server.log()).isEmpty();
            client.forEachPage(MonitoringOps.GET_DAILY_WORKSPACE_MTU_USAGE, Map.of(), Map.of("period", "2026-07-01"), p -> { });
            assertThat(server.log().get(0).param("period")).isEqualTo("2026-07-01");
        }
    }

    @Test
    void singleObjectsAreReadWithGetNotPaged() throws Exception {
        try (ScriptedServer server = ScriptedServer.start(r -> Reply.ok("{\"data\":{\"source\":{\"id\":\"s1\"}}}"));
             SegmentClient client = new SegmentClient(Clients.settings(server))) {
            assertThatThrownBy(() -> client.forEachPage(ConnectionOps.GET_SOURCE, Map.of("sourceId", "s1"), Map.of(), p -> { }))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("get()");
            assertThat(client.get(ConnectionOps.GET_SOURCE, Map.of("sourceId", "s1"), Map.of()).path("source").path("id").asText())
                    .isEqualTo("s1");
        }
    }

    @Test
    void aRepeatedCursorStopsInsteadOfLooping() throws Exception {
        try (ScriptedServer server = ScriptedServer.start(r -> Reply.ok(page("sources", "s", 0, 1, "same")));
             SegmentClient client = new SegmentClient(Clients.settings(server))) {
            assertThatThrownBy(() -> client.forEachPage(Operations.LIST_SOURCES, Map.of(), Map.of(), p -> { }))
                    .isInstanceOf(TransientApiException.class).hasMessageContaining("listSources").hasMessageContaining("same cursor");
            assertThat(server.log()).hasSize(2);
        }
    }
}
