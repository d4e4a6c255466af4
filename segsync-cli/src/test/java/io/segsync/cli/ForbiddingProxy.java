package io.segsync.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * A loopback server in front of the sandbox that answers 403, as Segment does for a plan without a
 * feature, on the given path prefixes, and forwards everything else unchanged.
 */
final class ForbiddingProxy implements AutoCloseable {
    private static final List<String> FORWARDED = List.of("Authorization", "Accept", "User-Agent");
    private final HttpServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    ForbiddingProxy(URI upstream, Set<String> forbiddenPrefixes) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.createContext("/", exchange -> handle(exchange, upstream, forbiddenPrefixes));
        server.start();
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void handle(HttpExchange exchange, URI upstream, Set<String> forbidden) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (forbidden.stream().anyMatch(path::startsWith)) {
                reply(exchange, 403, "{\"errors\":[{\"type\":\"forbidden\",\"message\":\"Upgrade your plan to use this endpoint\"}]}"
                        .getBytes(StandardCharsets.UTF_8));
                return;
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(upstream.resolve(exchange.getRequestURI().toString())).GET();
            for (String header : FORWARDED) {
                String value = exchange.getRequestHeaders().getFirst(header);
                if (value != null) {
                    request.header(header, value);
                }
            }
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            response.headers().firstValue("Content-Type").ifPresent(v -> exchange.getResponseHeaders().add("Content-Type", v));
            reply(exchange, response.statusCode(), response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void reply(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
