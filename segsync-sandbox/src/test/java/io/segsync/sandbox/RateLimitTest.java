package io.segsync.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.segsync.sandbox.data.WorkspaceSize;
import io.segsync.sandbox.limits.RateLimits;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

/** Rate-limit headers on every 2xx, per-token windows, per-endpoint limits and Segment's 429. */
class RateLimitTest {

    @Test
    void headersAreSentEvenWhenLimitsAreOffAndNothingIsRefused() throws Exception {
        try (SandboxServer sandbox = SandboxServer.start(SandboxServer.Options.defaults().withSize(WorkspaceSize.TINY))) {
            for (int i = 0; i < 5; i++) {
                Http.Response r = Http.get(sandbox.baseUrl(), "/warehouses/" + sandbox.workspace().resources("warehouses").idAt(0) + "/syncs", sandbox.token());
                assertThat(r.status()).isEqualTo(200);
                assertThat(r.header("X-RateLimit-Consumed")).isEqualTo(Integer.toString(i + 1));
                ZonedDateTime reset = ZonedDateTime.parse(r.header("X-RateLimit-Reset"), DateTimeFormatter.RFC_1123_DATE_TIME);
                assertThat(reset).isNotNull();
            }
        }
    }

    @Test
    void thePerTokenWindowRefusesWith429RetryAfterAndMsBeforeNext() throws Exception {
        RateLimits limits = RateLimits.perMinute(3).withWindow(Duration.ofSeconds(30));
        try (SandboxServer sandbox = SandboxServer.start(SandboxServer.Options.defaults().withSize(WorkspaceSize.TINY).withRateLimits(limits))) {
            for (int i = 0; i < 3; i++) {
                Http.Response ok = Http.get(sandbox.baseUrl(), "/sources", sandbox.token());
                assertThat(ok.status()).isEqualTo(200);
                assertThat(ok.header("X-RateLimit-Remaining")).isEqualTo(Integer.toString(2 - i));
            }
            Http.Response refused = Http.get(sandbox.baseUrl(), "/sources", sandbox.token());
            assertThat(refused.status()).isEqualTo(429);
            assertThat(Integer.parseInt(refused.header("Retry-After"))).isGreaterThanOrEqualTo(1);
            var error = refused.json().path("errors").get(0);
            assertThat(error.path("type").asText()).isEqualTo("RequestError");
            assertThat(error.path("message").asText()).isEqualTo("Too many requests");
            assertThat(error.path("data").path("remainingPoints").asInt()).isZero();
            assertThat(error.path("data").path("msBeforeNext").asLong()).isPositive();
            assertThat(refused.json().has("data")).isFalse();
            // Another token has its own window.
            String team = sandbox.tenants().get(1).token();
            assertThat(Http.get(sandbox.baseUrl(), "/sources", team).status()).isEqualTo(200);
        }
    }

    @Test
    void endpointLimitsOfNotesSection5ApplyPerOperation() throws Exception {
        RateLimits limits = RateLimits.perMinute(600).withWindow(Duration.ofSeconds(30));
        try (SandboxServer sandbox = SandboxServer.start(SandboxServer.Options.defaults().withSize(WorkspaceSize.TINY).withRateLimits(limits))) {
            String syncs = "/warehouses/" + sandbox.workspace().resources("warehouses").idAt(0) + "/syncs";
            assertThat(Http.get(sandbox.baseUrl(), syncs, sandbox.token()).status()).isEqualTo(200);
            Http.Response second = Http.get(sandbox.baseUrl(), syncs, sandbox.token());
            assertThat(second.status()).isEqualTo(200);
            assertThat(second.header("X-RateLimit-Remaining")).isEqualTo("0");
            assertThat(Http.get(sandbox.baseUrl(), syncs, sandbox.token()).status()).isEqualTo(429);
            assertThat(Http.get(sandbox.baseUrl(), "/sources", sandbox.token()).status()).isEqualTo(200);
        }
    }
}
