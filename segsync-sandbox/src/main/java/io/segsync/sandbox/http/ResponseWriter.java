package io.segsync.sandbox.http;

import com.sun.net.httpserver.HttpExchange;
import io.segsync.sandbox.faults.Fault;
import java.io.IOException;
import java.io.OutputStream;

/** Writes a response, or breaks it the way a fault asks: cut mid-body, dribbled slowly, or never sent. */
final class ResponseWriter {
    private static final int SLOW_CHUNK = 256;
    private final HttpExchange exchange;
    private final int slowDelayMs;

    ResponseWriter(HttpExchange exchange, int slowDelayMs) {
        this.exchange = exchange;
        this.slowDelayMs = slowDelayMs;
    }

    void send(int status, byte[] body, Fault fault) throws IOException {
        if (!exchange.getResponseHeaders().containsKey("Content-Type")) {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
        }
        exchange.sendResponseHeaders(status, body.length);
        OutputStream out = exchange.getResponseBody();
        try {
            if (fault == Fault.TRUNCATED_BODY) {
                out.write(body, 0, body.length / 2);
                out.flush();
                // The promised Content-Length is never met: closing now ends the connection mid-JSON.
                reset();
                return;
            }
            if (fault == Fault.SLOW_BODY) {
                for (int i = 0; i < body.length; i += SLOW_CHUNK) {
                    out.write(body, i, Math.min(SLOW_CHUNK, body.length - i));
                    out.flush();
                    pause();
                }
            } else {
                out.write(body);
            }
            out.close();
        } finally {
            exchange.close();
        }
    }

    /** Drops the connection without a (complete) response. */
    void reset() {
        try {
            exchange.getRequestBody().close();
        } catch (IOException ignored) {
            // the connection is being dropped anyway
        }
        // Closing an exchange whose response is missing or short makes the JDK server drop the socket.
        exchange.close();
    }

    private void pause() {
        try {
            Thread.sleep(slowDelayMs);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
