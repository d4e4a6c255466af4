package io.segsync.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segsync.api.ApiToken;
import io.segsync.api.ApiUrl;
import io.segsync.api.Region;
import io.segsync.api.SegmentClient;
import io.segsync.api.error.ApiUnreachableException;
import io.segsync.api.error.AuthenticationFailedException;
import io.segsync.api.error.InvalidRequestException;
import io.segsync.api.error.PermissionDeniedException;
import io.segsync.api.error.ResourceNotFoundException;
import io.segsync.api.error.SegmentApiException;
import io.segsync.api.ops.AccessOps;
import io.segsync.api.ops.EngageOps;
import io.segsync.api.ops.MonitoringOps;
import io.segsync.api.ops.Operations;
import io.segsync.api.ops.ProtocolsOps;
import io.segsync.api.testing.Clients;
import io.segsync.api.testing.ScriptedServer;
import io.segsync.api.testing.ScriptedServer.Reply;
import io.segsync.api.testing.TestTokens;
import java.net.ServerSocket;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Messages a user can act on, each naming the operation; nothing Segment echoes can carry the token. */
class ErrorMessagesTest {
    private static final ErrorEnvelope UNAUTHORIZED = new ErrorEnvelope("unauthorized", "Unauthorized", OptionalLong.empty());

    private static SegmentApiException answer(int status, ErrorEnvelope error, ApiUrl url, io.segsync.api.ops.Operation op) {
        return ErrorMessages.forStatus(op, status, error, url, new Redactor(TestTokens.next()));
    }

    @Test
    void a401OnTheUsRegionNamesTheUrlTheLikelyCausesAndTheEuUrl() {
        SegmentApiException e = answer(401, UNAUTHORIZED, ApiUrl.of(Region.US), Operations.GET_WORKSPACE);
        assertThat(e).isInstanceOf(AuthenticationFailedException.class);
        assertThat(e.getMessage())
                .contains("rejected by https://api.segmentapis.com")
                .contains("getWorkspace")
                .contains("Public API token of this workspace")
                .contains("Config API tokens do not work")
                .contains("another workspace")
                .contains("EU region")
                .contains("--region eu (https://eu1.api.segmentapis.com)");
    }

    @Test
    void a401OnTheEuRegionSuggestsTheUsUrl() {
        SegmentApiException e = answer(401, UNAUTHORIZED, ApiUrl.of(Region.EU), Operations.GET_WORKSPACE);
        assertThat(e.getMessage()).contains("rejected by https://eu1.api.segmentapis.com")
                .contains("US region").contains("--region us (https://api.segmentapis.com)");
    }

    @Test
    void a401ElsewhereSuggestsBothRegions() {
        SegmentApiException e = answer(401, UNAUTHORIZED, ApiUrl.parse("http://127.0.0.1:9", false), Operations.LIST_SOURCES);
        assertThat(e.getMessage()).contains("http://127.0.0.1:9").contains("https://api.segmentapis.com")
                .contains("https://eu1.api.segmentapis.com");
    }

    @Test
    void a403SaysThePlanOrRoleDoesNotAllowTheStream() {
        SegmentApiException e = answer(403, ErrorEnvelope.EMPTY, ApiUrl.of(Region.US), AccessOps.LIST_USER_GROUPS);
        assertThat(e).isInstanceOf(PermissionDeniedException.class);
        assertThat(e.getMessage()).contains("listUserGroups").contains("plan").contains("role")
                .contains("Business plan (user groups)").contains("other streams can still be read");
    }

    @Test
    void a404OnAFeatureGatedOperationSaysTheFeatureMayNotBeEnabled() {
        SegmentApiException gated = answer(404, ErrorEnvelope.EMPTY, ApiUrl.of(Region.US), ProtocolsOps.LIST_TRACKING_PLANS);
        assertThat(gated).isInstanceOf(ResourceNotFoundException.class);
        assertThat(gated.getMessage()).contains("listTrackingPlans").contains("Protocols feature may not be enabled");
        SegmentApiException engage = answer(404, ErrorEnvelope.EMPTY, ApiUrl.of(Region.US), EngageOps.LIST_SPACES);
        assertThat(engage.getMessage()).contains("Engage feature").contains("not be enabled");
        SegmentApiException plain = answer(404, ErrorEnvelope.EMPTY, ApiUrl.of(Region.US), Operations.LIST_SOURCES);
        assertThat(plain.getMessage()).contains("listSources").contains("does not exist").doesNotContain("feature");
    }

    @Test
    void a422NamesTheRequiredParameters() {
        SegmentApiException e = answer(422, new ErrorEnvelope("ValidationFailure", "Validation failure", OptionalLong.empty()),
                ApiUrl.of(Region.US), MonitoringOps.GET_DAILY_WORKSPACE_MTU_USAGE);
        assertThat(e).isInstanceOf(InvalidRequestException.class);
        assertThat(e.getMessage()).contains("getDailyWorkspaceMTUUsage").contains("Validation failure").contains("period");
        assertThat(e.errorType()).isEqualTo("ValidationFailure");
    }

    @Test
    void whateverSegmentEchoesIsScrubbedOfTheToken() throws Exception {
        ApiToken token = TestTokens.next();
        try (ScriptedServer server = ScriptedServer.start(r -> Reply.json(401,
                "{\"errors\":[{\"type\":\"unauthorized " + r.header("Authorization") + "\",\"message\":\"bad token "
                        + r.header("Authorization") + " (raw " + r.header("Authorization").substring(7) + ")\"}]}"));
             SegmentClient client = new SegmentClient(Clients.settings(server, token))) {
            assertThatThrownBy(client::workspace)
                    .isInstanceOf(AuthenticationFailedException.class)
                    .satisfies(e -> {
                        assertThat(e.getMessage()).contains("bad token Bearer ****").doesNotContain(token.reveal());
                        assertThat(((SegmentApiException) e).errorType()).doesNotContain(token.reveal());
                    });
        }
    }

    @Test
    void anUnreachableUrlSaysSoAndIsNotRetried() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        ApiUrl url = ApiUrl.parse("http://127.0.0.1:" + port, false);
        try (SegmentClient client = new SegmentClient(io.segsync.api.ClientSettings.of(url, TestTokens.next()))) {
            assertThatThrownBy(() -> client.forEachPage(Operations.LIST_SOURCES, Map.of(), Map.of(), p -> { }))
                    .isInstanceOf(ApiUnreachableException.class)
                    .hasMessageContaining("Cannot reach the Segment API at http://127.0.0.1:" + port)
                    .hasMessageContaining("listSources");
        }
    }

    @Test
    void redactorRemovesTheTokenBearerValuesAndSegmentStyleTokens() {
        ApiToken token = ApiToken.of("abcDEF123456789secret");
        Redactor r = new Redactor(token);
        assertThat(r.scrub("x abcDEF123456789secret y")).isEqualTo("x **** y");
        assertThat(r.scrub("Authorization: Bearer something-else")).isEqualTo("Authorization: Bearer ****");
        assertThat(r.scrub("key sgp_0123456789abcdef was bad")).isEqualTo("key **** was bad");
        assertThat(r.scrub("line\nbreak")).isEqualTo("line break");
        assertThat(r.scrub("x".repeat(1000))).hasSize(303);
    }
}
