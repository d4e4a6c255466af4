package io.segsync.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segsync.api.ops.Operations;
import io.segsync.api.testing.Clients;
import io.segsync.api.testing.ScriptedServer;
import io.segsync.api.testing.ScriptedServer.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The next page is requested while the caller still handles the current one; pages still arrive in order, whole. */
class PrefetchTest {
    private static Reply pages(ScriptedServer.Received r) {
        String cursor = r.param("pagination.cursor");
        int page = cursor == null ? 0 : Integer.parseInt(cursor);
        return Reply.ok(Clients.page("sources", "s", page * 2, 2, page < 3 ? Integer.toString(page + 1) : null));
    }

    @Test
    void theNextPageIsFetchedWhileTheHandlerWorks() throws Exception {
        try (ScriptedServer server = ScriptedServer.start(PrefetchTest::pages);
             SegmentClient client = new SegmentClient(Clients.settings(server))) {
            List<Long> handlerDone = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            client.forEachPage(Operations.LIST_SOURCES, Map.of(), Map.of(), page -> {
                page.items().forEach(i -> ids.add(i.path("id").asText()));
                try {
                    Thread.sleep(300); // a slow target
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                handlerDone.add(System.nanoTime());
            });
            assertThat(ids).containsExactly("s0", "s1", "s2", "s3", "s4", "s5", "s6", "s7");
            List<ScriptedServer.Received> log = server.log();
            assertThat(log).hasSize(4);
            for (int i = 1; i < log.size(); i++) {
                assertThat(log.get(i).nanoTime()).as("request %d arrived before page %d was handled", i + 1, i)
                        .isLessThan(handlerDone.get(i - 1));
            }
        }
    }

    @Test
    void aFailingHandlerStopsThePrefetchAndNothingMoreIsRead() throws Exception {
        try (ScriptedServer server = ScriptedServer.start(PrefetchTest::pages);
             SegmentClient client = new SegmentClient(Clients.settings(server))) {
            List<Integer> handled = new ArrayList<>();
            assertThatThrownBy(() -> client.forEachPage(Operations.LIST_SOURCES, Map.of(), Map.of(), page -> {
                handled.add(page.items().size());
                throw new IllegalStateException("target full");
            })).hasMessage("target full");
            assertThat(handled).hasSize(1);
            Thread.sleep(200);
            assertThat(server.log().size()).as("at most the one page fetched ahead").isLessThanOrEqualTo(2);
        }
    }
}
