package io.segsync.api.limits;

import static io.segsync.api.testing.Clients.page;
import static org.assertj.core.api.Assertions.assertThat;

import io.segsync.api.ApiToken;
import io.segsync.api.ClientSettings;
import io.segsync.api.SegmentClient;
import io.segsync.api.ops.ConnectionOps;
import io.segsync.api.ops.Operation;
import io.segsync.api.ops.Operations;
import io.segsync.api.testing.Clients;
import io.segsync.api.testing.ScriptedServer;
import io.segsync.api.testing.ScriptedServer.Received;
import io.segsync.api.testing.ScriptedServer.Reply;
import io.segsync.api.testing.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * One limiter per token, shared by every stream and client: proven from the server's own log, with
 * two threads each using its own client of the same token.
 */
class SharedLimiterTest {

    /** Answers list calls with {@code pages} pages per stream; the cursor says which page comes next. */
    private static ScriptedServer pagingServer(String listKey, int pages) throws Exception {
        return ScriptedServer.start(r -> {
            String cursor = r.param("pagination.cursor");
            int n = cursor == null ? 0 : Integer.parseInt(cursor);
            return Reply.ok(page(listKey, "x", n, 1, n + 1 < pages ? Integer.toString(n + 1) : null));
        });
    }

    /** The most requests the server saw within any window of length {@code windowNanos}. */
    private static int maxInAnyWindow(List<Received> log, long windowNanos) {
        int max = 0;
        for (int i = 0; i < log.size(); i++) {
            int count = 0;
            for (int j = i; j < log.size() && log.get(j).nanoTime() - log.get(i).nanoTime() < windowNanos; j++) {
                count++;
            }
            max = Math.max(max, count);
        }
        return max;
    }

    private static void runConcurrently(List<Runnable> streams) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(streams.size());
        try {
            List<Future<?>> futures = new ArrayList<>();
            streams.forEach(s -> futures.add(pool.submit(s)));
            for (Future<?> f : futures) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twoStreamsSharingATokenNeverExceedTheBudgetInAnyWindow() throws Exception {
        int budget = 4;
        Duration window = Duration.ofMillis(500);
        ApiToken token = TestTokens.next();
        try (ScriptedServer server = pagingServer("sources", 10)) {
            ClientSettings settings = Clients.settings(server, token).withRateLimits(RateLimitSettings.DEFAULTS.withBudget(budget, window));
            try (SegmentClient a = new SegmentClient(settings); SegmentClient b = new SegmentClient(settings)) {
                long start = System.nanoTime();
                runConcurrently(List.of(
                        () -> a.forEachPage(Operations.LIST_SOURCES, Map.of(), Map.of(), p -> { }),
                        () -> b.forEachPage(Operations.LIST_SOURCES, Map.of(), Map.of(), p -> { })));
                long elapsed = System.nanoTime() - start;
                List<Received> log = server.log();
                assertThat(log).hasSize(20);
                for (int i = 0; i + budget < log.size(); i++) {
                    assertThat(log.get(i + budget).nanoTime() - log.get(i).nanoTime())
                            .as("request %d and %d are a window apart", i, i + budget)
                            .isGreaterThanOrEqualTo(window.toNanos());
                }
                int observed = maxInAnyWindow(log, window.toNanos());
                assertThat(observed).isLessThanOrEqualTo(budget);
                System.out.printf("budget %d per %d ms: server saw at most %d in any window; 20 requests took %d ms%n",
                        budget, window.toMillis(), observed, TimeUnit.NANOSECONDS.toMillis(elapsed));
            }
        }
    }

    @Test
    void withoutASharedLimiterTheSameLoadWouldExceedTheBudget() throws Exception {
        // The control experiment: it shows the scenario above is able to fail.
        try (ScriptedServer server = pagingServer("sources", 10)) {
            ClientSettings settings = Clients.settings(server);
            try (SegmentClient a = new SegmentClient(settings); SegmentClient b = new SegmentClient(settings)) {
                runConcurrently(List.of(
                        () -> a.forEachPage(Operations.LIST_SOURCES, Map.of(), Map.of(), p -> { }),
                        () -> b.forEachPage(Operations.LIST_SOURCES, Map.of(), Map.of(), p -> { })));
            }
            assertThat(maxInAnyWindow(server.log(), Duration.ofMillis(500).toNanos())).isGreaterThan(4);
        }
    }

    @Test
    void publishedPerEndpointLimitsArePacedAcrossStreams() throws Exception {
        // listSyncsFromWarehouse is published at 2/min; the window is shortened here to keep the test fast.
        Operation syncs = ConnectionOps.LIST_SYNCS_FROM_WAREHOUSE;
        assertThat(syncs.perMinuteLimit()).isEqualTo(2);
        Duration window = Duration.ofMillis(600);
        try (ScriptedServer server = ScriptedServer.start(r -> r.path().endsWith("/syncs")
                ? Reply.ok(page("reports", "r", 0, 1, null)) : Reply.ok(page("sources", "s", 0, 1, null)))) {
            ClientSettings settings = Clients.settings(server).withRateLimits(RateLimitSettings.DEFAULTS.withEndpointWindow(window));
            try (SegmentClient a = new SegmentClient(settings); SegmentClient b = new SegmentClient(settings)) {
                runConcurrently(List.of(
                        () -> { for (int w = 0; w < 3; w++) a.forEachPage(syncs, Map.of("warehouseId", "wa" + w), Map.of(), p -> { }); },
                        () -> { for (int w = 0; w < 3; w++) b.forEachPage(syncs, Map.of("warehouseId", "wb" + w), Map.of(), p -> { }); },
                        () -> { for (int i = 0; i < 5; i++) a.forEachPage(Operations.LIST_SOURCES, Map.of(), Map.of(), p -> { }); }));
            }
            List<Received> syncRequests = server.log().stream().filter(r -> r.path().endsWith("/syncs")).toList();
            assertThat(syncRequests).hasSize(6);
            for (int i = 0; i + 2 < syncRequests.size(); i++) {
                assertThat(syncRequests.get(i + 2).nanoTime() - syncRequests.get(i).nanoTime()).isGreaterThanOrEqualTo(window.toNanos());
            }
            assertThat(server.log().stream().filter(r -> r.path().equals("/sources"))).hasSize(5);
        }
    }

    @Test
    void remainingZeroSeenByOneClientHoldsBackEveryClientOfThatTokenOnly() throws Exception {
        AtomicReference<Instant> reset = new AtomicReference<>();
        ApiToken shared = TestTokens.next();
        ApiToken other = TestTokens.next();
        try (ScriptedServer server = ScriptedServer.start(r -> {
            if (r.index() == 0) {
                Instant at = Instant.ofEpochMilli(r.wallMillis()).plusSeconds(3).truncatedTo(ChronoUnit.SECONDS);
                reset.set(at);
                return Reply.ok(page("sources", "s", 0, 1, null)).header("X-RateLimit-Remaining", "0")
                        .header("X-RateLimit-Reset", DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.ofInstant(at, ZoneOffset.UTC)));
            }
            return Reply.ok(page("sources", "s", 0, 1, null));
        }); SegmentClient first = new SegmentClient(Clients.settings(server, shared));
             SegmentClient second = new SegmentClient(Clients.settings(server, shared));
             SegmentClient unrelated = new SegmentClient(Clients.settings(server, other))) {
            first.forEachPage(Operations.LIST_SOURCES, Map.of(), Map.of(), p -> { });
            unrelated.forEachPage(Operations.LIST_SOURCES, Map.of(), Map.of(), p -> { });
            second.forEachPage(Operations.LIST_SOURCES, Map.of(), Map.of(), p -> { });
            List<Received> log = server.log();
            assertThat(log).hasSize(3);
            assertThat(log.get(1).header("Authorization")).isEqualTo(other.authorizationHeader());
            assertThat(log.get(1).wallMillis()).as("another token is not held back").isLessThan(reset.get().toEpochMilli());
            assertThat(log.get(2).wallMillis()).as("the same token is, in another client").isGreaterThanOrEqualTo(reset.get().toEpochMilli());
        }
    }

    @Test
    void theRegistryKeysLimitersByFingerprintNotByToken() {
        ApiToken token = TestTokens.next();
        RateLimiterRegistry registry = new RateLimiterRegistry();
        TokenRateLimiter one = registry.forToken(token, RateLimitSettings.DEFAULTS);
        TokenRateLimiter two = registry.forToken(ApiToken.of(token.reveal()), RateLimitSettings.DEFAULTS);
        assertThat(one).isSameAs(two);
        assertThat(registry.forToken(TestTokens.next(), RateLimitSettings.DEFAULTS)).isNotSameAs(one);
        assertThat(one.toString()).doesNotContain(token.reveal()).startsWith("TokenRateLimiter[token#");
        assertThat(TokenFingerprint.of(token).toString()).hasSize("token#".length() + 8);
    }
}
