package io.segsync.api.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A loopback HTTP server that answers from a script and keeps its own timestamped log of every
 * request, taken the moment the request reached the handler. Tests assert on that log, i.e. on what
 * the server saw, not on what the client believes it did.
 */
public final class ScriptedServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor;
    private final List<Received> log = new CopyOnWriteArrayList<>();
    private final AtomicInteger counter = new AtomicInteger();
    private volatile Function<Received, Reply> script;

    private ScriptedServer(Function<Received, Reply> script) throws IOException {
        this.script = script;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "scripted-server");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    public static ScriptedServer start(Function<Received, Reply> script) throws IOException {
        return new ScriptedServer(script);
    }

    public void script(Function<Received, Reply> value) {
        this.script = value;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<Received> log() {
        return new ArrayList<>(log);
    }

    /** One request as the server saw it. {@code index} is 0-based in arrival order. */
    public record Received(int index, long nanoTime, long wallMillis, String path, String rawQuery,
                           Map<String, List<String>> headers) {
        public String query() {
            return rawQuery == null ? "" : URI.create("x:?" + rawQuery).getQuery();
        }

        public String header(String name) {
            for (Map.Entry<String, List<String>> e : headers.entrySet()) {
                if (e.getKey().equalsIgnoreCase(name)) {
                    return e.getValue().get(0);
                }
            }
            return null;
        }

        /** A query parameter, decoded; null when absent. */
        public String param(String name) {
            if (rawQuery == null) {
                return null;
            }
            for (String pair : rawQuery.split("&")) {
                int eq = pair.indexOf('=');
                String k = java.net.URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                if (k.equals(name)) {
                    return eq < 0 ? "" : java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                }
            }
            return null;
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        long nanos = System.nanoTime();
        long wall = System.currentTimeMillis();
        URI uri = exchange.getRequestURI();
        Received r = new Received(counter.getAndIncrement(), nanos, wall, uri.getPath(), uri.getRawQuery(),
                Map.copyOf(exchange.getRequestHeaders()));
        log.add(r);
        Reply reply;
        try {
            reply = script.apply(r);
        } catch (RuntimeException e) {
            reply = Reply.json(500, "{\"errors\":[{\"type\":\"ScriptError\",\"message\":\"" + e.getClass().getSimpleName() + "\"}]}");
        }
        try {
            reply.writeTo(exchange);
        } catch (IOException e) {
            // the client went away (a cancelled or timed-out exchange): nothing to do
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    /** A scripted answer. */
    public static final class Reply {
        private final int status;
        private final Map<String, String> headers;
        private final byte[] body;
        private int cutAfter = -1;
        private long stallMillis;

        private Reply(int status, Map<String, String> headers, byte[] body) {
            this.status = status;
            this.headers = headers;
            this.body = body;
        }

        public static Reply json(int status, String body) {
            return new Reply(status, new java.util.LinkedHashMap<>(), body.getBytes(StandardCharsets.UTF_8));
        }

        public static Reply ok(String body) {
            return json(200, body);
        }

        public Reply header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        /** Announces the full length, sends only the first {@code bytes}, then drops the connection. */
        public Reply cutAfter(int bytes) {
            this.cutAfter = bytes;
            return this;
        }

        /** Sends the headers and the first half of the body, then stalls this long before the rest. */
        public Reply stallBody(long millis) {
            this.stallMillis = millis;
            return this;
        }

        void writeTo(HttpExchange exchange) throws IOException {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            headers.forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            if (body.length == 0) {
                return;
            }
            OutputStream out = exchange.getResponseBody();
            if (cutAfter >= 0) {
                out.write(body, 0, Math.min(cutAfter, body.length));
                out.flush();
                // exchange.close() with bytes still owed drops the connection: the client sees the
                // stream end before Content-Length.
                return;
            }
            if (stallMillis > 0) {
                int half = body.length / 2;
                out.write(body, 0, half);
                out.flush();
                try {
                    Thread.sleep(stallMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("stopped");
                }
                out.write(body, half, body.length - half);
            } else {
                out.write(body);
            }
            out.close();
        }
    }
}
