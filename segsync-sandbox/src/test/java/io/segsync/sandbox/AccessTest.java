package io.segsync.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.segsync.sandbox.data.Plan;
import io.segsync.sandbox.data.Region;
import io.segsync.sandbox.data.WorkspaceSize;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Tokens, regions, plans, versions, envelopes, required parameters and pagination variants. */
class AccessTest {
    static SandboxServer sandbox;

    @BeforeAll
    static void start() throws Exception {
        sandbox = SandboxServer.start(SandboxServer.Options.defaults().withSeed(3).withSize(WorkspaceSize.TINY).withToken("sgp_test"));
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void unknownAndMissingTokensGet401WithTheErrorEnvelope() {
        Http.Response unknown = Http.get(sandbox.baseUrl(), "/sources", "sgp_nope");
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.json().has("errors")).isTrue();
        assertThat(unknown.json().has("data")).isFalse();
        assertThat(Http.get(sandbox.baseUrl(), "/sources", null).status()).isEqualTo(401);
        assertThat(unknown.body()).doesNotContain("sgp_nope");
    }

    @Test
    void aTokenOnlyWorksInItsRegion() {
        String eu = sandbox.token(Region.EU, Plan.BUSINESS);
        assertThat(Http.get(sandbox.baseUrl(Region.EU), "/", eu).status()).isEqualTo(200);
        assertThat(Http.get(sandbox.baseUrl(Region.US), "/", eu).status()).isEqualTo(401);
        assertThat(Http.get(sandbox.baseUrl(Region.EU), "/", sandbox.token()).status()).isEqualTo(401);
        assertThat(Http.get(sandbox.baseUrl(Region.EU), "/", eu).json().path("data").path("workspace").path("id").asText())
                .isNotEqualTo(sandbox.workspace().id());
    }

    @Test
    void aTeamPlanTokenGets403OnBusinessOnlyStreamsOnly() {
        String team = sandbox.token(Region.US, Plan.TEAM);
        for (String path : new String[] {"/audit-events", "/warehouses", "/spaces", "/groups"}) {
            Http.Response r = Http.get(sandbox.baseUrl(), path, team);
            assertThat(r.status()).as(path).isEqualTo(403);
            assertThat(r.json().path("errors").get(0).path("type").asText()).isEqualTo("Forbidden");
        }
        assertThat(Http.get(sandbox.baseUrl(), "/sources", team).status()).isEqualTo(200);
        assertThat(Http.get(sandbox.baseUrl(), "/audit-events", sandbox.token()).status()).isEqualTo(200);
    }

    @Test
    void versionsAreNegotiatedFromAccept() {
        String token = sandbox.token();
        Http.Response none = Http.get(sandbox.baseUrl(), "/spaces", token);
        assertThat(none.header("Content-Type")).isEqualTo("application/vnd.segment.v1alpha+json");
        assertThat(Http.get(sandbox.baseUrl(), "/spaces", token, "application/vnd.segment.v1+json").status()).isEqualTo(406);
        assertThat(Http.get(sandbox.baseUrl(), "/spaces", token, "application/vnd.segment.stable+json").status()).isEqualTo(406);
        assertThat(Http.get(sandbox.baseUrl(), "/spaces", token, "application/vnd.segment.alpha+json").status()).isEqualTo(200);
        assertThat(Http.get(sandbox.baseUrl(), "/sources", token, "application/vnd.segment.beta+json").header("Content-Type"))
                .isEqualTo("application/vnd.segment.v1beta+json");
        assertThat(Http.get(sandbox.baseUrl(), "/sources", token, "application/json").header("Content-Type"))
                .isEqualTo("application/vnd.segment.v1+json");
        assertThat(Http.get(sandbox.baseUrl(), "/sources", token).header("Content-Type")).isEqualTo("application/vnd.segment.v1+json");
    }

    @Test
    void missingRequiredParametersGet422AndUnknownIds404() {
        String token = sandbox.token();
        Http.Response functions = Http.get(sandbox.baseUrl(), "/functions", token);
        assertThat(functions.status()).isEqualTo(422);
        assertThat(functions.json().path("errors").get(0).path("field").asText()).isEqualTo("resourceType");
        assertThat(Http.get(sandbox.baseUrl(), "/usage/api-calls/daily", token).status()).isEqualTo(422);
        assertThat(Http.get(sandbox.baseUrl(), "/usage/api-calls/daily?period=2026-10-15", token).status()).isEqualTo(422);
        assertThat(Http.get(sandbox.baseUrl(), "/events/volume?granularity=MINUTE", token).status()).isEqualTo(422);
        String tooLong = "/events/volume?granularity=MINUTE&startTime=" + java.time.Instant.now().minusSeconds(6 * 3600)
                + "&endTime=" + java.time.Instant.now();
        assertThat(Http.get(sandbox.baseUrl(), tooLong, token).status()).isEqualTo(422);
        Http.Response missing = Http.get(sandbox.baseUrl(), "/sources/nope", token);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().path("errors").get(0).path("type").asText()).isEqualTo("NotFound");
        assertThat(Http.get(sandbox.baseUrl(), "/no/such/path", token).status()).isEqualTo(404);
    }

    @Test
    void paginationAcceptsBothSpellingsAndEndsWithoutNext() {
        String token = sandbox.token();
        var first = Http.get(sandbox.baseUrl(), "/destinations?pagination.count=2", token).json().path("data");
        assertThat(first.path("destinations")).hasSize(2);
        assertThat(first.path("pagination").has("previous")).isFalse();
        String next = first.path("pagination").path("next").asText();
        var second = Http.get(sandbox.baseUrl(), "/destinations?pagination%5Bcount%5D=2&pagination%5Bcursor%5D=" + SampleRequests.enc(next), token)
                .json().path("data");
        assertThat(second.path("pagination").path("previous").asText()).isEqualTo("MA==");
        var last = Http.get(sandbox.baseUrl(), "/destinations?pagination.count=1000", token).json().path("data");
        assertThat(last.path("pagination").has("next")).isFalse();
        assertThat(last.path("destinations")).hasSize(5);
        assertThat(Http.get(sandbox.baseUrl(), "/destinations?pagination.count=1001", token).status()).isEqualTo(422);
        assertThat(Http.get(sandbox.baseUrl(), "/destinations?pagination.count=0", token).status()).isEqualTo(422);
        assertThat(Http.get(sandbox.baseUrl(), "/labels", token).json().path("data").has("pagination")).isFalse();
    }

    @Test
    void auditEventsHonourTimeAndResourceFiltersNewestFirst() {
        String token = sandbox.token();
        var all = Http.get(sandbox.baseUrl(), "/audit-events?pagination.count=1000", token).json().path("data").path("events");
        assertThat(all).hasSize(12);
        for (int i = 1; i < all.size(); i++) {
            assertThat(all.get(i - 1).path("timestamp").asText()).isGreaterThan(all.get(i).path("timestamp").asText());
        }
        String start = all.get(8).path("timestamp").asText();
        String end = all.get(3).path("timestamp").asText();
        var window = Http.get(sandbox.baseUrl(), "/audit-events?startTime=" + start + "&endTime=" + end, token).json().path("data");
        assertThat(window.path("events")).hasSize(6);
        assertThat(window.path("events").get(0).path("id")).isEqualTo(all.get(3).path("id"));
        String resourceId = all.get(5).path("resourceId").asText();
        var byResource = Http.get(sandbox.baseUrl(), "/audit-events?pagination.count=1&resourceId=" + resourceId, token).json().path("data");
        assertThat(byResource.path("events").get(0).path("resourceId").asText()).isEqualTo(resourceId);
        long expected = 0;
        for (var e : all) {
            expected += e.path("resourceId").asText().equals(resourceId) ? 1 : 0;
        }
        long seen = 0;
        String cursor = null;
        do {
            var page = Http.get(sandbox.baseUrl(), "/audit-events?pagination.count=1&resourceId=" + resourceId
                    + (cursor == null ? "" : "&pagination.cursor=" + SampleRequests.enc(cursor)), token).json().path("data");
            seen += page.path("events").size();
            cursor = page.path("pagination").path("next").asText(null);
        } while (cursor != null);
        assertThat(seen).isEqualTo(expected);
        var sources = Http.get(sandbox.baseUrl(), "/audit-events?resourceType=source", token).json().path("data").path("events");
        sources.forEach(e -> assertThat(e.path("resourceType").asText()).isEqualTo("source"));
    }
}
