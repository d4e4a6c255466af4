package io.segsync.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segsync.sandbox.data.WorkspaceSize;
import io.segsync.sandbox.faults.Fault;
import io.segsync.sandbox.faults.FaultInjector;
import io.segsync.sandbox.faults.FaultSpec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Faults on demand: each kind breaks the response the way it says, and seeded runs repeat exactly. */
class FaultsTest {
    static SandboxServer sandbox;

    @BeforeAll
    static void start() throws Exception {
        sandbox = SandboxServer.start(SandboxServer.Options.defaults().withSize(WorkspaceSize.TINY));
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @AfterEach
    void clear() {
        sandbox.faults().clear();
    }

    /** The raw bytes the server sent before closing, read with a plain socket (no client repairs). */
    private static String raw(String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", sandbox.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + sandbox.token()
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            try {
                for (int n; (n = in.read(buf)) > 0; ) {
                    got.write(buf, 0, n);
                }
            } catch (IOException reset) {
                // a reset connection ends the read the same way as a close
            }
            return got.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void aConnectionResetSendsNoResponseAtAll() throws IOException {
        sandbox.faults().failNext(Fault.CONNECTION_RESET, 1);
        assertThat(raw("/sources")).isEmpty();
        assertThat(raw("/sources")).startsWith("HTTP/1.1 200");
    }

    @Test
    void aTruncatedBodyStopsMidJsonShortOfItsContentLength() throws IOException {
        sandbox.faults().failNext(Fault.TRUNCATED_BODY, 1);
        String response = raw("/sources");
        assertThat(response).startsWith("HTTP/1.1 200");
        int split = response.indexOf("\r\n\r\n");
        String headers = response.substring(0, split).toLowerCase();
        String body = response.substring(split + 4);
        int promised = Integer.parseInt(headers.replaceAll("(?s).*content-length: (\\d+).*", "$1"));
        assertThat(body.getBytes(StandardCharsets.UTF_8).length).isLessThan(promised).isPositive();
        assertThatThrownBy(() -> Http.MAPPER.readTree(body)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> {
            sandbox.faults().failNext(Fault.TRUNCATED_BODY, 1);
            Http.get(sandbox.baseUrl(), "/sources", sandbox.token());
        }).isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void serverErrorsAnd429BurstsUseTheErrorEnvelope() {
        sandbox.faults().failNext(Fault.SERVER_ERROR, 1);
        Http.Response error = Http.get(sandbox.baseUrl(), "/sources", sandbox.token());
        assertThat(error.status()).isBetween(500, 599);
        assertThat(error.json().has("errors")).isTrue();
        sandbox.faults().failNext(Fault.RATE_LIMITED, 2);
        for (int i = 0; i < 2; i++) {
            Http.Response limited = Http.get(sandbox.baseUrl(), "/sources", sandbox.token());
            assertThat(limited.status()).isEqualTo(429);
            assertThat(Integer.parseInt(limited.header("Retry-After"))).isGreaterThanOrEqualTo(1);
        }
        assertThat(Http.get(sandbox.baseUrl(), "/sources", sandbox.token()).status()).isEqualTo(200);
    }

    @Test
    void aSlowBodyStillArrivesWhole() {
        sandbox.faults().configure(FaultSpec.parse("slow=1:1,seed=1"));
        Http.Response slow = Http.get(sandbox.baseUrl(), "/sources", sandbox.token());
        assertThat(slow.status()).isEqualTo(200);
        assertThat(slow.json().path("data").path("sources")).hasSize(3);
    }

    @Test
    void seededFaultDecisionsRepeatExactly() {
        FaultSpec spec = FaultSpec.parse("5xx=0.2,reset=0.1,truncate=0.1,slow=0.1,429=0.1:3,seed=9");
        assertThat(decisions(spec)).isEqualTo(decisions(spec));
        assertThat(decisions(spec)).contains(Fault.SERVER_ERROR, Fault.CONNECTION_RESET, Fault.TRUNCATED_BODY, Fault.NONE);
        assertThat(decisions(spec)).isNotEqualTo(decisions(FaultSpec.parse("5xx=0.2,reset=0.1,truncate=0.1,slow=0.1,429=0.1:3,seed=10")));
    }

    private static List<Fault> decisions(FaultSpec spec) {
        FaultInjector injector = new FaultInjector(spec);
        List<Fault> out = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            out.add(injector.decide("token", "GET /sources?pagination.cursor=" + (i % 20)));
        }
        return out;
    }

    @Test
    void badFaultSpecsAreRefusedWithOneClearLine() {
        assertThatThrownBy(() -> FaultSpec.parse("5xx=2")).hasMessageContaining("between 0 and 1");
        assertThatThrownBy(() -> FaultSpec.parse("explode=0.1")).hasMessageContaining("unknown fault 'explode'");
        assertThatThrownBy(() -> FaultSpec.parse("5xx=0.7,reset=0.7")).hasMessageContaining("at most 1");
    }
}
