package io.segsync.api;

import static io.segsync.api.testing.Clients.page;
import static org.assertj.core.api.Assertions.assertThat;

import io.segsync.api.http.Page;
import io.segsync.api.limits.RateLimiterRegistry;
import io.segsync.api.limits.RateLimitSettings;
import io.segsync.api.limits.TokenFingerprint;
import io.segsync.api.ops.ConnectionOps;
import io.segsync.api.ops.Operations;
import io.segsync.api.ops.ProtocolsOps;
import io.segsync.api.retry.RetrySettings;
import io.segsync.api.testing.Clients;
import io.segsync.api.testing.ScriptedServer;
import io.segsync.api.testing.ScriptedServer.Reply;
import io.segsync.api.testing.TestTokens;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The canary-token test. Every token of the suite is the run's random canary plus a counter
 * ({@link TestTokens}); this class runs last (junit-platform.properties orders test classes), drives
 * the client through every outcome with such a token at DEBUG, and then searches the whole suite's log
 * file, every exception it saw (message, toString, causes, stack trace) and every file the suite wrote
 * under {@code target/} for the canary: plain, base64 and hex.
 */
@Order(Integer.MAX_VALUE)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TokenCanaryTest {
    private static final Path LOG_FILE = Path.of("target", "test-logs", "segsync-api-tests.log");
    private static final List<Throwable> SEEN = new ArrayList<>();
    private static final List<String> TO_STRINGS = new ArrayList<>();

    /** What a leak of the canary looks like, in each encoding it could take. */
    static Map<String, String> needles() {
        String canary = TestTokens.CANARY;
        // Base64 of a prefix that is a multiple of 3 bytes is a prefix of the base64 of every test token.
        byte[] prefix = canary.substring(0, canary.length() - canary.length() % 3).getBytes(StandardCharsets.US_ASCII);
        String random = canary.substring("sgp_canary".length());
        Map<String, String> n = new LinkedHashMap<>();
        n.put("plain", canary);
        n.put("random part", random);
        n.put("base64", Base64.getEncoder().encodeToString(prefix));
        n.put("base64url", Base64.getUrlEncoder().encodeToString(prefix));
        n.put("hex", HexFormat.of().formatHex(canary.getBytes(StandardCharsets.US_ASCII)));
        n.put("HEX", HexFormat.of().formatHex(canary.getBytes(StandardCharsets.US_ASCII)).toUpperCase(Locale.ROOT));
        n.put("hex of random part", HexFormat.of().formatHex(random.getBytes(StandardCharsets.US_ASCII)));
        return n;
    }

    private static List<String> leaksIn(String where, String text) {
        List<String> found = new ArrayList<>();
        needles().forEach((kind, needle) -> {
            if (text.contains(needle)) {
                found.add(where + " holds the token (" + kind + ")");
            }
        });
        return found;
    }

    private static void expectFailure(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            SEEN.add(e);
            return;
        }
        throw new AssertionError("expected the call to fail");
    }

    @Test
    @Order(1)
    void driveTheClientThroughEveryOutcomeWithTheCanary() throws Exception {
        try (ScriptedServer server = ScriptedServer.start(r -> {
            String echo = r.header("Authorization");
            return switch (r.path()) {
                case "/sources" -> Reply.ok(page("sources", "s", 0, 1, null));
                case "/unauthorized" -> Reply.json(401, "{\"errors\":[{\"type\":\"unauthorized\",\"message\":\"invalid token " + echo + "\"}]}");
                case "/forbidden" -> Reply.json(403, "{\"errors\":[{\"type\":\"forbidden\",\"message\":\"" + echo.substring(7) + " may not\"}]}");
                case "/missing" -> Reply.json(404, "{\"errors\":[{\"type\":\"NotFound\",\"message\":\"Resource not found for " + echo + "\"}]}");
                case "/invalid" -> Reply.json(422, "{\"errors\":[{\"type\":\"ValidationFailure\",\"message\":\"bad " + echo + "\"}]}");
                case "/limited" -> r.param("pagination.cursor") == null && r.index() % 2 == 0
                        ? Reply.json(429, "{\"errors\":[{\"type\":\"RequestError\",\"message\":\"Too many " + echo
                                + "\",\"data\":{\"msBeforeNext\":50}}]}")
                        : Reply.ok(page("items", "l", 0, 1, null));
                case "/broken" -> Reply.json(503, "{\"errors\":[{\"type\":\"Unavailable\",\"message\":\"" + echo + "\"}]}");
                case "/truncated" -> Reply.ok(page("items", "t", 0, 2, null)).cutAfter(30);
                default -> Reply.json(500, "{}");
            };
        })) {
            ClientSettings settings = Clients.settings(server)
                    .withRetry(RetrySettings.DEFAULTS.withMaxAttempts(3).withBackoff(Duration.ofMillis(5), Duration.ofMillis(20)))
                    .withRateLimits(RateLimitSettings.DEFAULTS.withBudget(100, Duration.ofSeconds(1)));
            try (SegmentClient client = new SegmentClient(settings)) {
                client.forEachPage(Operations.LIST_SOURCES, Map.of(), Map.of(), p -> TO_STRINGS.add(p.toString()));
                expectFailure(() -> client.forEachPage(custom("listSources", "/unauthorized", "x"), Map.of(), Map.of(), p -> { }));
                expectFailure(() -> client.forEachPage(custom("listSources", "/forbidden", "x"), Map.of(), Map.of(), p -> { }));
                expectFailure(() -> client.forEachPage(custom("listTrackingPlans", "/missing", "x"), Map.of(), Map.of(), p -> { }));
                expectFailure(() -> client.forEachPage(custom("listSources", "/invalid", "x"), Map.of(), Map.of(), p -> { }));
                client.forEachPage(custom("listSources", "/limited", "items"), Map.of(), Map.of(), p -> TO_STRINGS.add(p.toString()));
                expectFailure(() -> client.forEachPage(custom("listSources", "/broken", "x"), Map.of(), Map.of(), p -> { }));
                expectFailure(() -> client.forEachPage(custom("listSources", "/truncated", "items"), Map.of(), Map.of(), p -> { }));
                Thread.currentThread().interrupt();
                expectFailure(() -> client.forEachPage(Operations.LIST_SOURCES, Map.of(), Map.of(), p -> { }));
                Thread.interrupted();
                TO_STRINGS.add(client.toString());
                TO_STRINGS.add(settings.toString());
                TO_STRINGS.add(settings.token().toString());
                TO_STRINGS.add(TokenFingerprint.of(settings.token()).toString());
                TO_STRINGS.add(RateLimiterRegistry.shared().forToken(settings.token(), settings.rateLimits()).toString());
            }
        }
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        try (SegmentClient unreachable = new SegmentClient(ClientSettings.of(ApiUrl.parse("http://127.0.0.1:" + port, false), TestTokens.next()))) {
            expectFailure(unreachable::workspace);
        }
        assertThat(SEEN).hasSize(8);
    }

    /** An operation with a scripted path, named like a real one so messages read as they would. */
    private static io.segsync.api.ops.Operation custom(String id, String path, String listKey) {
        io.segsync.api.ops.Operation base = id.equals("listTrackingPlans") ? ProtocolsOps.LIST_TRACKING_PLANS : ConnectionOps.LIST_SOURCES;
        return new io.segsync.api.ops.Operation(id, path, base.version(), listKey, base.pagination(), List.of(), 0, base.area(),
                base.gating(), true, List.of());
    }

    @Test
    @Order(2)
    void noExceptionMessageToStringCauseOrStackTraceHoldsTheToken() {
        assertThat(SEEN).isNotEmpty();
        List<String> leaks = new ArrayList<>();
        for (Throwable t : SEEN) {
            StringWriter trace = new StringWriter();
            t.printStackTrace(new PrintWriter(trace));
            leaks.addAll(leaksIn("stack trace of " + t.getClass().getSimpleName(), trace.toString()));
            for (Throwable c = t; c != null; c = c.getCause()) {
                leaks.addAll(leaksIn("message of " + c.getClass().getSimpleName(), String.valueOf(c.getMessage())));
                leaks.addAll(leaksIn("toString of " + c.getClass().getSimpleName(), c.toString()));
                for (Throwable s : c.getSuppressed()) {
                    leaks.addAll(leaksIn("suppressed " + s.getClass().getSimpleName(), s.toString()));
                }
            }
        }
        for (String s : TO_STRINGS) {
            leaks.addAll(leaksIn("a toString", s));
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    @Order(3)
    void theWholeSuitesLogHoldsNoTraceOfTheToken() throws IOException {
        assertThat(LOG_FILE).as("the suite logs to a file at DEBUG").exists();
        String log = Files.readString(LOG_FILE);
        assertThat(log).as("request logging was on, with the header masked").contains("Authorization: Bearer ****");
        assertThat(log).as("the scenarios above were logged").contains("/unauthorized").contains("/truncated");
        assertThat(leaksIn(LOG_FILE.toString(), log)).isEmpty();
    }

    @Test
    @Order(4)
    void noFileTheSuiteWroteHoldsTheToken() throws IOException {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        List<String> leaks = new ArrayList<>();
        int scanned = 0;
        try (Stream<Path> files = Files.walk(Path.of("target"))) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                if (Files.getLastModifiedTime(f).toMillis() < jvmStart - 1000) {
                    continue;
                }
                scanned++;
                String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                leaks.addAll(leaksIn(f.toString(), text));
            }
        }
        assertThat(scanned).as("files written during this run").isPositive();
        assertThat(leaks).isEmpty();
    }

    @Test
    @Order(5)
    void theNeedlesWouldFindALeak() {
        // Guards the search itself: every encoding of a real token is found.
        ApiToken token = TestTokens.next();
        byte[] bytes = token.reveal().getBytes(StandardCharsets.US_ASCII);
        assertThat(leaksIn("plain", "x " + token.reveal() + " y")).isNotEmpty();
        assertThat(leaksIn("base64", Base64.getEncoder().encodeToString(bytes))).isNotEmpty();
        assertThat(leaksIn("base64url", Base64.getUrlEncoder().encodeToString(bytes))).isNotEmpty();
        assertThat(leaksIn("hex", HexFormat.of().formatHex(bytes))).isNotEmpty();
        assertThat(leaksIn("header", token.authorizationHeader())).isNotEmpty();
        assertThat(leaksIn("masked", "Authorization: Bearer ****")).isEmpty();
    }
}
