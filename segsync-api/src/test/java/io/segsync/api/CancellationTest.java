package io.segsync.api;

import static io.segsync.api.testing.Clients.page;
import static org.assertj.core.api.Assertions.assertThat;

import io.segsync.api.error.OperationCancelledException;
import io.segsync.api.http.Page;
import io.segsync.api.limits.RateLimitSettings;
import io.segsync.api.ops.ConnectionOps;
import io.segsync.api.ops.Operations;
import io.segsync.api.testing.Clients;
import io.segsync.api.testing.ScriptedServer;
import io.segsync.api.testing.ScriptedServer.Reply;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Interrupting the calling thread (what Ctrl-C's shutdown hook does) ends a call while it waits or
 * reads, with {@link OperationCancelledException}, and never hands on a partial page. The waits here
 * are 30 s long: the threads ending well before them proves the interruption, without timing bounds.
 */
class CancellationTest {
    private static final long WAIT_SECONDS = 30;

    private record Outcome(RuntimeException error, boolean interruptFlag, List<Page> pages, long nanosAfterInterrupt) {}

    /** Runs {@code call} in a thread, interrupts it once the server saw {@code requests} requests, and reports. */
    private static Outcome interruptAfter(ScriptedServer server, int requests, java.util.function.Consumer<List<Page>> call) throws Exception {
        List<Page> pages = new CopyOnWriteArrayList<>();
        AtomicReference<RuntimeException> error = new AtomicReference<>();
        AtomicBoolean flag = new AtomicBoolean();
        Thread t = new Thread(() -> {
            try {
                call.accept(pages);
            } catch (RuntimeException e) {
                error.set(e);
            }
            flag.set(Thread.currentThread().isInterrupted());
        }, "stream");
        t.start();
        while (server.log().size() < requests) {
            Thread.sleep(10);
        }
        Thread.sleep(300); // let it settle into its wait
        long interruptedAt = System.nanoTime();
        t.interrupt();
        t.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS / 2));
        assertThat(t.isAlive()).as("the stream ended long before its " + WAIT_SECONDS + " s wait").isFalse();
        return new Outcome(error.get(), flag.get(), pages, System.nanoTime() - interruptedAt);
    }

    private static void assertCancelled(Outcome o, String operationId) {
        assertThat(o.error()).isInstanceOf(OperationCancelledException.class).hasMessageContaining(operationId);
        assertThat(o.interruptFlag()).as("the interrupt flag stays set for the caller").isTrue();
        System.out.printf("%s cancelled %d ms after the interrupt%n", operationId, TimeUnit.NANOSECONDS.toMillis(o.nanosAfterInterrupt()));
    }

    @Test
    void aRetryAfterWaitEndsOnInterrupt() throws Exception {
        try (ScriptedServer server = ScriptedServer.start(r -> Reply.json(429, "{\"errors\":[]}").header("Retry-After", Long.toString(WAIT_SECONDS)));
             SegmentClient client = new SegmentClient(Clients.settings(server))) {
            Outcome o = interruptAfter(server, 1, pages -> client.forEachPage(Operations.LIST_SOURCES, Map.of(), Map.of(), pages::add));
            assertCancelled(o, "listSources");
            assertThat(o.pages()).isEmpty();
            assertThat(server.log()).hasSize(1);
        }
    }

    @Test
    void aRateLimiterWaitEndsOnInterrupt() throws Exception {
        try (ScriptedServer server = ScriptedServer.start(r -> Reply.ok(page("reports", "r", 0, 1, null)));
             SegmentClient client = new SegmentClient(Clients.settings(server)
                     .withRateLimits(RateLimitSettings.DEFAULTS.withEndpointWindow(Duration.ofSeconds(WAIT_SECONDS))))) {
            Outcome o = interruptAfter(server, 2, pages -> {
                for (int w = 0; w < 3; w++) {
                    client.forEachPage(ConnectionOps.LIST_SYNCS_FROM_WAREHOUSE, Map.of("warehouseId", "w" + w), Map.of(), pages::add);
                }
            });
            assertCancelled(o, "listSyncsFromWarehouse");
            assertThat(o.pages()).hasSize(2);
            assertThat(server.log()).hasSize(2);
        }
    }

    @Test
    void aSlowBodyEndsOnInterruptAndNoPartOfItIsDelivered() throws Exception {
        try (ScriptedServer server = ScriptedServer.start(r -> r.param("pagination.cursor") == null
                ? Reply.ok(page("sources", "s", 0, 3, "p2"))
                : Reply.ok(page("sources", "s", 3, 3, null)).stallBody(TimeUnit.SECONDS.toMillis(WAIT_SECONDS)));
             SegmentClient client = new SegmentClient(Clients.settings(server).withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(WAIT_SECONDS * 2)))) {
            Outcome o = interruptAfter(server, 2, pages -> client.forEachPage(Operations.LIST_SOURCES, Map.of(), Map.of(), pages::add));
            assertCancelled(o, "listSources");
            assertThat(o.pages()).hasSize(1);
            assertThat(o.pages().get(0).items()).hasSize(3);
        }
    }

    @Test
    void anAlreadyInterruptedThreadSendsNothing() throws Exception {
        try (ScriptedServer server = ScriptedServer.start(r -> Reply.ok(page("sources", "s", 0, 1, null)));
             SegmentClient client = new SegmentClient(Clients.settings(server))) {
            Thread.currentThread().interrupt();
            try {
                client.forEachPage(Operations.LIST_SOURCES, Map.of(), Map.of(), p -> { });
                throw new AssertionError("expected a cancellation");
            } catch (OperationCancelledException e) {
                assertThat(Thread.interrupted()).isTrue();
            }
            assertThat(server.log()).isEmpty();
        }
    }
}
