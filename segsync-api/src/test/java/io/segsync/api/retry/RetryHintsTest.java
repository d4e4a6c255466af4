package io.segsync.api.retry;

import static io.segsync.api.testing.Clients.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segsync.api.SegmentClient;
import io.segsync.api.error.AuthenticationFailedException;
import io.segsync.api.error.InvalidRequestException;
import io.segsync.api.error.PermissionDeniedException;
import io.segsync.api.error.ResourceNotFoundException;
import io.segsync.api.error.SegmentApiException;
import io.segsync.api.error.TransientApiException;
import io.segsync.api.ops.Operations;
import io.segsync.api.testing.Clients;
import io.segsync.api.testing.ScriptedServer;
import io.segsync.api.testing.ScriptedServer.Received;
import io.segsync.api.testing.ScriptedServer.Reply;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Server hints and retry classification, proven from the scripted server's own request log: no
 * request arrives before the time the server asked for. Only lower bounds on time are asserted.
 */
class RetryHintsTest {
    private static final String RATE_LIMITED = "{\"errors\":[{\"type\":\"RequestError\",\"message\":\"Too many requests\"}]}";

    private static String rateLimitedBody(long msBeforeNext) {
        return "{\"errors\":[{\"type\":\"RequestError\",\"message\":\"Too many requests\",\"data\":{\"remainingPoints\":0,"
                + "\"msBeforeNext\":" + msBeforeNext + ",\"consumedPoints\":21}}]}";
    }

    private static String httpDate(Instant at) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.ofInstant(at, ZoneOffset.UTC));
    }

    private static long gapMillis(List<Received> log, int i) {
        return TimeUnit.NANOSECONDS.toMillis(log.get(i + 1).nanoTime() - log.get(i).nanoTime());
    }

    private static List<String> readSources(SegmentClient client) {
        List<String> ids = new ArrayList<>();
        client.forEachPage(Operations.LIST_SOURCES, Map.of(), Map.of(), p -> p.items().forEach(i -> ids.add(i.path("id").asText())));
        return ids;
    }

    @Test
    void retryAfterSecondsIsWaitedOutBeforeTheNextRequest() throws Exception {
        try (ScriptedServer server = ScriptedServer.start(r -> r.index() == 0
                ? Reply.json(429, RATE_LIMITED).header("Retry-After", "1")
                : Reply.ok(page("sources", "s", 0, 2, null)));
             SegmentClient client = new SegmentClient(Clients.settings(server))) {
            assertThat(readSources(client)).containsExactly("s0", "s1");
            List<Received> log = server.log();
            assertThat(log).hasSize(2);
            assertThat(log.get(1).nanoTime() - log.get(0).nanoTime()).isGreaterThanOrEqualTo(TimeUnit.SECONDS.toNanos(1));
        }
    }

    @Test
    void retryAfterHttpDateIsWaitedOutBeforeTheNextRequest() throws Exception {
        AtomicReference<Instant> until = new AtomicReference<>();
        try (ScriptedServer server = ScriptedServer.start(r -> {
            if (r.index() == 0) {
                Instant at = Instant.ofEpochMilli(r.wallMillis()).plusSeconds(2).truncatedTo(ChronoUnit.SECONDS);
                until.set(at);
                return Reply.json(429, RATE_LIMITED).header("Retry-After", httpDate(at));
            }
            return Reply.ok(page("sources", "s", 0, 1, null));
        }); SegmentClient client = new SegmentClient(Clients.settings(server))) {
            assertThat(readSources(client)).containsExactly("s0");
            List<Received> log = server.log();
            assertThat(log).hasSize(2);
            assertThat(log.get(1).wallMillis()).isGreaterThanOrEqualTo(until.get().toEpochMilli());
        }
    }

    @Test
    void msBeforeNextIsWaitedOutWhenThereIsNoRetryAfter() throws Exception {
        try (ScriptedServer server = ScriptedServer.start(r -> r.index() == 0
                ? Reply.json(429, rateLimitedBody(300))
                : Reply.ok(page("sources", "s", 0, 1, null)));
             SegmentClient client = new SegmentClient(Clients.settings(server))) {
            assertThat(readSources(client)).containsExactly("s0");
            assertThat(gapMillis(server.log(), 0)).isGreaterThanOrEqualTo(300);
        }
    }

    @Test
    void retryAfterTakesPrecedenceOverMsBeforeNext() throws Exception {
        try (ScriptedServer server = ScriptedServer.start(r -> r.index() == 0
                ? Reply.json(429, rateLimitedBody(20)).header("Retry-After", "1")
                : Reply.ok(page("sources", "s", 0, 1, null)));
             SegmentClient client = new SegmentClient(Clients.settings(server))) {
            readSources(client);
            assertThat(gapMillis(server.log(), 0)).isGreaterThanOrEqualTo(1000);
        }
    }

    @Test
    void a429WithOnlyAResetWaitsForTheReset() throws Exception {
        AtomicReference<Instant> reset = new AtomicReference<>();
        try (ScriptedServer server = ScriptedServer.start(r -> {
            if (r.index() == 0) {
                Instant at = Instant.ofEpochMilli(r.wallMillis()).plusSeconds(2).truncatedTo(ChronoUnit.SECONDS);
                reset.set(at);
                return Reply.json(429, RATE_LIMITED).header("X-RateLimit-Reset", httpDate(at));
            }
            return Reply.ok(page("sources", "s", 0, 1, null));
        }); SegmentClient client = new SegmentClient(Clients.settings(server))) {
            readSources(client);
            assertThat(server.log().get(1).wallMillis()).isGreaterThanOrEqualTo(reset.get().toEpochMilli());
        }
    }

    @Test
    void afterRemainingZeroTheNextRequestWaitsForTheReset() throws Exception {
        AtomicReference<Instant> reset = new AtomicReference<>();
        try (ScriptedServer server = ScriptedServer.start(r -> {
            if (r.index() == 0) {
                Instant at = Instant.ofEpochMilli(r.wallMillis()).plusSeconds(2).truncatedTo(ChronoUnit.SECONDS);
                reset.set(at);
                return Reply.ok(page("sources", "s", 0, 1, "Mg=="))
                        .header("X-RateLimit-Remaining", "0").header("X-RateLimit-Reset", httpDate(at));
            }
            return Reply.ok(page("sources", "s", 1, 1, null)).header("X-RateLimit-Remaining", "599");
        }); SegmentClient client = new SegmentClient(Clients.settings(server))) {
            assertThat(readSources(client)).containsExactly("s0", "s1");
            List<Received> log = server.log();
            assertThat(log).hasSize(2);
            assertThat(log.get(1).wallMillis()).isGreaterThanOrEqualTo(reset.get().toEpochMilli());
        }
    }

    @Test
    void remainingAboveZeroDoesNotHoldAnythingBack() throws Exception {
        Instant reset = Instant.now().plusSeconds(30);
        try (ScriptedServer server = ScriptedServer.start(r -> Reply.ok(page("sources", "s", r.index(), 1, r.index() < 3 ? "c" + r.index() : null))
                .header("X-RateLimit-Remaining", "5").header("X-RateLimit-Reset", httpDate(reset)));
             SegmentClient client = new SegmentClient(Clients.settings(server))) {
            assertThat(readSources(client)).hasSize(4);
            // With requests left, a Reset 30 s away is not waited for.
            assertThat(server.log().get(3).wallMillis()).isLessThan(reset.toEpochMilli());
        }
    }

    @ParameterizedTest
    @CsvSource({"500", "502", "503", "504", "408"})
    void serverErrorsAndRequestTimeoutsAreRetried(int status) throws Exception {
        try (ScriptedServer server = ScriptedServer.start(r -> r.index() < 2
                ? Reply.json(status, "{\"errors\":[{\"type\":\"ServerError\",\"message\":\"oops\"}]}")
                : Reply.ok(page("sources", "s", 0, 1, null)));
             SegmentClient client = new SegmentClient(Clients.settings(server))) {
            assertThat(readSources(client)).containsExactly("s0");
            assertThat(server.log()).hasSize(3);
        }
    }

    @ParameterizedTest
    @CsvSource({
            "400, io.segsync.api.error.InvalidRequestException",
            "401, io.segsync.api.error.AuthenticationFailedException",
            "403, io.segsync.api.error.PermissionDeniedException",
            "404, io.segsync.api.error.ResourceNotFoundException",
            "422, io.segsync.api.error.InvalidRequestException"})
    void clientErrorsAreNotRetriedAndAreTyped(int status, Class<? extends SegmentApiException> type) throws Exception {
        try (ScriptedServer server = ScriptedServer.start(r -> Reply.json(status, "{\"errors\":[{\"type\":\"X\",\"message\":\"no\"}]}"));
             SegmentClient client = new SegmentClient(Clients.settings(server))) {
            assertThatThrownBy(() -> readSources(client))
                    .isInstanceOf(type)
                    .hasMessageContaining("listSources")
                    .satisfies(e -> {
                        assertThat(((SegmentApiException) e).operationId()).isEqualTo("listSources");
                        assertThat(((SegmentApiException) e).status()).isEqualTo(status);
                    });
            assertThat(server.log()).hasSize(1);
        }
        assertThat(List.of(InvalidRequestException.class, AuthenticationFailedException.class, PermissionDeniedException.class,
                ResourceNotFoundException.class)).contains(type);
    }

    @Test
    void afterTheAttemptCapTheCallerGetsATypedTransientError() throws Exception {
        try (ScriptedServer server = ScriptedServer.start(r -> Reply.json(503, "{\"errors\":[{\"type\":\"Unavailable\",\"message\":\"down\"}]}"));
             SegmentClient client = new SegmentClient(Clients.settings(server)
                     .withRetry(RetrySettings.DEFAULTS.withMaxAttempts(4).withBackoff(Duration.ofMillis(5), Duration.ofMillis(20))))) {
            assertThatThrownBy(() -> readSources(client))
                    .isInstanceOf(TransientApiException.class)
                    .hasMessageContaining("listSources")
                    .hasMessageContaining("4 attempts")
                    .satisfies(e -> assertThat(((TransientApiException) e).status()).isEqualTo(503));
            assertThat(server.log()).hasSize(4);
        }
    }

    @Test
    void aHintBeyondTheTotalWaitCapEndsTheCallAtOnce() throws Exception {
        try (ScriptedServer server = ScriptedServer.start(r -> Reply.json(429, RATE_LIMITED).header("Retry-After", "120"));
             SegmentClient client = new SegmentClient(Clients.settings(server)
                     .withRetry(RetrySettings.DEFAULTS.withMaxTotalWait(Duration.ofSeconds(5))))) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> readSources(client))
                    .isInstanceOf(TransientApiException.class)
                    .hasMessageContaining("listSources")
                    .hasMessageContaining("Retry-After")
                    .hasMessageContaining("5.0 s limit");
            assertThat(server.log()).hasSize(1);
            // It did not sit out the 120 s (a lower-bound-free check: the test would otherwise take 2 minutes).
            assertThat(System.nanoTime() - start).isLessThan(TimeUnit.SECONDS.toNanos(60));
        }
    }
}
