package io.segsync.api.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segsync.api.SegmentClient;
import io.segsync.api.error.TransientApiException;
import io.segsync.api.ops.Operations;
import io.segsync.api.testing.Clients;
import io.segsync.api.testing.ScriptedServer;
import io.segsync.api.testing.ScriptedServer.Received;
import io.segsync.api.testing.ScriptedServer.Reply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Capped exponential backoff with full jitter: spread out, never above the cap, honoured by the client. */
class BackoffTest {

    @Test
    void delaysAreJitteredWithinTheDoublingCeilingAndNeverAboveTheCap() {
        Backoff backoff = new Backoff(Duration.ofMillis(250), Duration.ofSeconds(30));
        assertThat(backoff.ceilingMillis(1)).isEqualTo(250);
        assertThat(backoff.ceilingMillis(2)).isEqualTo(500);
        assertThat(backoff.ceilingMillis(8)).isEqualTo(30_000);
        assertThat(backoff.ceilingMillis(60)).isEqualTo(30_000);
        for (int retry = 1; retry <= 12; retry++) {
            HashSet<Long> distinct = new HashSet<>();
            for (int i = 0; i < 2000; i++) {
                long d = backoff.delay(retry).toMillis();
                assertThat(d).isBetween(0L, backoff.ceilingMillis(retry));
                distinct.add(d);
            }
            assertThat(distinct).as("retry " + retry + " delays are spread").hasSizeGreaterThan(100);
        }
    }

    @Test
    void theClientWaitsTheJitteredDelaysItChoseAndNeverMoreThanTheCap() throws Exception {
        List<Duration> delays = new CopyOnWriteArrayList<>();
        RetryObserver observer = (op, attempt, status, delay, reason) -> {
            assertThat(reason).isEqualTo("backoff");
            delays.add(delay);
        };
        Duration cap = Duration.ofMillis(80);
        List<Long> gaps = new ArrayList<>();
        try (ScriptedServer server = ScriptedServer.start(r -> Reply.json(500, "{\"errors\":[{\"type\":\"Boom\",\"message\":\"x\"}]}"));
             SegmentClient client = new SegmentClient(Clients.settings(server)
                     .withRetry(RetrySettings.DEFAULTS.withMaxAttempts(11).withBackoff(Duration.ofMillis(10), cap)), observer)) {
            for (int call = 0; call < 5; call++) {
                int before = delays.size();
                int logBefore = server.log().size();
                assertThatThrownBy(() -> client.forEachPage(Operations.LIST_SOURCES, Map.of(), Map.of(), p -> { }))
                        .isInstanceOf(TransientApiException.class).hasMessageContaining("11 attempts");
                List<Received> log = server.log().subList(logBefore, server.log().size());
                assertThat(log).hasSize(11);
                for (int i = 0; i + 1 < log.size(); i++) {
                    long gap = log.get(i + 1).nanoTime() - log.get(i).nanoTime();
                    gaps.add(gap);
                    // Ordering, not an upper bound: the server never saw the retry before the chosen delay.
                    assertThat(gap).isGreaterThanOrEqualTo(delays.get(before + i).toNanos());
                }
            }
        }
        assertThat(delays).hasSize(50);
        assertThat(delays).allSatisfy(d -> assertThat(d).isLessThanOrEqualTo(cap));
        assertThat(new HashSet<>(delays)).as("delays are jittered, not all equal").hasSizeGreaterThan(10);
        long min = delays.stream().mapToLong(Duration::toMillis).min().orElseThrow();
        long max = delays.stream().mapToLong(Duration::toMillis).max().orElseThrow();
        System.out.printf("backoff delays over 50 retries: min %d ms, max %d ms, %d distinct; cap %d ms%n",
                min, max, new HashSet<>(delays).size(), cap.toMillis());
    }
}
