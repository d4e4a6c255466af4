package io.segsync.api.retry;

import static io.segsync.api.testing.Clients.page;
import static org.assertj.core.api.Assertions.assertThat;

import io.segsync.api.SegmentClient;
import io.segsync.api.ops.Operations;
import io.segsync.api.testing.Clients;
import io.segsync.api.testing.ScriptedServer;
import io.segsync.api.testing.ScriptedServer.Received;
import io.segsync.api.testing.ScriptedServer.Reply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * A page whose body fails is fetched again whole: the caller gets every record exactly once, and never
 * a half page.
 */
class TruncatedBodyTest {

    /** Three pages of sources; the first answer for the middle page is spoiled by {@code spoil}. */
    private static Function<Received, Reply> threePages(Function<String, Reply> spoil) {
        AtomicInteger middleAnswers = new AtomicInteger();
        return r -> {
            String cursor = r.param("pagination.cursor");
            if (cursor == null) {
                return Reply.ok(page("sources", "s", 0, 3, "p2"));
            }
            if (cursor.equals("p2")) {
                String body = page("sources", "s", 3, 3, "p3");
                return middleAnswers.getAndIncrement() == 0 ? spoil.apply(body) : Reply.ok(body);
            }
            return Reply.ok(page("sources", "s", 6, 3, null));
        };
    }

    private static void assertEveryRecordExactlyOnce(ScriptedServer server, SegmentClient client) {
        List<String> ids = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        client.forEachPage(Operations.LIST_SOURCES, Map.of(), Map.of(), p -> {
            pageSizes.add(p.items().size());
            p.items().forEach(i -> ids.add(i.path("id").asText()));
        });
        assertThat(ids).containsExactly("s0", "s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8");
        assertThat(pageSizes).containsExactly(3, 3, 3);
        assertThat(server.log()).extracting(r -> r.param("pagination.cursor")).containsExactly(null, "p2", "p2", "p3");
    }

    @Test
    void aConnectionDroppedMidBodyIsRefetchedWhole() throws Exception {
        try (ScriptedServer server = ScriptedServer.start(threePages(body -> Reply.ok(body).cutAfter(body.length() / 2)));
             SegmentClient client = new SegmentClient(Clients.settings(server))) {
            assertEveryRecordExactlyOnce(server, client);
        }
    }

    @Test
    void aCompleteResponseWithCutJsonIsRefetchedWhole() throws Exception {
        // The HTTP framing is fine, the JSON is not: e.g. a proxy that buffered a broken upstream body.
        try (ScriptedServer server = ScriptedServer.start(threePages(body -> Reply.ok(body.substring(0, body.length() - 20))));
             SegmentClient client = new SegmentClient(Clients.settings(server))) {
            assertEveryRecordExactlyOnce(server, client);
        }
    }

    @Test
    void aBodyWithTheListMissingIsRefetched() throws Exception {
        try (ScriptedServer server = ScriptedServer.start(threePages(body -> Reply.ok("{\"data\":{}}")));
             SegmentClient client = new SegmentClient(Clients.settings(server))) {
            assertEveryRecordExactlyOnce(server, client);
        }
    }

    @Test
    void aBodyThatStallsAfterTheHeadersIsAbandonedAndRefetched() throws Exception {
        // The JDK client's own timeout stops at the headers (JDK-8258397); the client's deadline covers the body.
        try (ScriptedServer server = ScriptedServer.start(threePages(body -> Reply.ok(body).stallBody(5_000)));
             SegmentClient client = new SegmentClient(Clients.settings(server)
                     .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(700)))) {
            assertEveryRecordExactlyOnce(server, client);
        }
    }
}
