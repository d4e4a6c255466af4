package io.segsync.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.segsync.sandbox.data.WorkspaceSize;
import io.segsync.sandbox.http.RouteTable;
import io.segsync.sandbox.ops.Ops;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every GET operation of NOTES §2 answers 200 with the data envelope and its exact list key. */
class OperationsTest {
    static SandboxServer sandbox;
    static Map<String, String> requests;

    @BeforeAll
    static void start() throws Exception {
        sandbox = SandboxServer.start(SandboxServer.Options.defaults().withSeed(7).withSize(WorkspaceSize.SMALL));
        requests = SampleRequests.discover(sandbox.baseUrl(), sandbox.token());
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void everyRegisteredOperationHasASampleAndAnswers200WithData() {
        RouteTable routes = Ops.all();
        Set<String> ops = routes.routes().stream().map(r -> r.operationId()).collect(Collectors.toSet());
        assertThat(requests.keySet()).containsExactlyInAnyOrderElementsOf(ops);
        assertThat(ops).hasSize(100);
        requests.forEach((op, path) -> {
            Http.Response r = Http.get(sandbox.baseUrl(), path, sandbox.token());
            assertThat(r.status()).as(op + " " + path + " " + r.body()).isEqualTo(200);
            JsonNode body = r.json();
            assertThat(body.has("data")).as(op).isTrue();
            assertThat(body.has("errors")).as(op).isFalse();
            assertThat(r.header("X-RateLimit-Remaining")).as(op).isNotNull();
        });
    }
}
