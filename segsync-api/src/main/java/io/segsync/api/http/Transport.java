package io.segsync.api.http;

import io.segsync.api.ApiUrl;
import io.segsync.api.ClientSettings;
import io.segsync.api.error.ApiUnreachableException;
import io.segsync.api.error.OperationCancelledException;
import io.segsync.api.error.SegmentApiException;
import io.segsync.api.limits.Permit;
import io.segsync.api.limits.ServerHints;
import io.segsync.api.limits.TokenRateLimiter;
import io.segsync.api.ops.Operation;
import io.segsync.api.retry.RetryableFailure;
import io.segsync.api.retry.RetryingCaller;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one GET and turns the answer into a parsed body, a {@link RetryableFailure}, or a final typed
 * error. One attempt only: {@code RetryingCaller} decides about the next.
 * <ul>
 *   <li>The token goes into the Authorization header and nowhere else; the request log shows
 *       {@code Authorization: Bearer ****}.</li>
 *   <li>The whole response, headers and body, must arrive within the request timeout. The JDK client's
 *       own timeout stops at the headers (JDK-8258397), so the body is received in full under a
 *       deadline here, and a stalled body is abandoned and retried.</li>
 *   <li>The body is read completely before it is parsed, and parsed completely before the caller sees
 *       it; a cut or malformed body is retried whole, never half-used. Every response is consumed to
 *       its end (or its exchange cancelled), so a retried response never holds a connection.</li>
 *   <li>Rate-limit headers of every response feed the token's limiter.</li>
 * </ul>
 */
public final class Transport implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Transport.class);
    private static final String USER_AGENT = "segsync/0.1 (+https://github.com/segsync/segsync)";

    private final ClientSettings settings;
    private final TokenRateLimiter limiter;
    private final Redactor redactor;
    private final HttpClient http;
    /** Once the host answered, a refused connection is a blip worth retrying; before, it is a wrong URL. */
    private volatile boolean reachedOnce;

    public Transport(ClientSettings settings, TokenRateLimiter limiter) {
        this.settings = settings;
        this.limiter = limiter;
        this.redactor = new Redactor(settings.token());
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @FunctionalInterface
    public interface BodyReader<T> {
        T read(InputStream body) throws IOException;
    }

    /** One attempt: wait for the limiter, send, check the status, parse the whole body. */
    public <T> T attempt(Operation op, String pathAndQuery, BodyReader<T> reader) {
        ApiUrl apiUrl = settings.apiUrl();
        URI uri = apiUrl.resolve(pathAndQuery);
        Permit permit;
        try {
            permit = limiter.acquire(op);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw OperationCancelledException.of(op.id());
        }
        HttpResponse<byte[]> response;
        try {
            response = exchange(op, uri);
        } finally {
            permit.release();
        }
        reachedOnce = true;
        int status = response.statusCode();
        byte[] body = response.body() == null ? new byte[0] : response.body();
        ErrorEnvelope error = status / 100 == 2 ? ErrorEnvelope.EMPTY : ErrorEnvelope.read(body);
        ServerHints hints = ServerHints.from(response.headers(), error.msBeforeNext(), Instant.now());
        LOG.debug("{} {} -> {} ({} bytes{})", op.id(), uri.getPath(), status, body.length, rateLimitSummary(response.headers()));
        limiter.observe(op, hints, settings.retry().maxTotalWait());
        if (status / 100 == 2) {
            try {
                return reader.read(new ByteArrayInputStream(body));
            } catch (IOException e) {
                throw RetryableFailure.of(status, "the response body was cut short or malformed (" + redactor.scrub(describe(e)) + ")");
            }
        }
        if (status == 429) {
            Optional<ServerHints.Hint> hint = hints.throttleHint();
            hint.ifPresent(h -> {
                // Retry-After is documented as the token's limit; other hints hold back what they describe.
                if (h.source().equals("Retry-After") || op.perMinuteLimit() == 0) {
                    limiter.pauseToken(h.delay(), "429 " + h.source());
                } else {
                    limiter.pauseEndpoint(op, h.delay(), "429 " + h.source());
                }
            });
            return throwRetryable(new RetryableFailure(status, redactor.scrub(error.type()), hint.map(ServerHints.Hint::delay),
                    hint.map(ServerHints.Hint::source).orElse(""), "rate limited (429)"));
        }
        if (status == 408 || status / 100 == 5) {
            return throwRetryable(new RetryableFailure(status, redactor.scrub(error.type()), hints.retryAfter(), "Retry-After",
                    "HTTP " + status + (error.message().isBlank() ? "" : " (" + redactor.scrub(error.message()) + ")")));
        }
        throw ErrorMessages.forStatus(op, status, error, apiUrl, redactor);
    }

    private HttpResponse<byte[]> exchange(Operation op, URI uri) {
        Duration timeout = settings.requestTimeout();
        HttpRequest request = HttpRequest.newBuilder(uri)
                .GET()
                .timeout(timeout)
                .header("Authorization", settings.token().authorizationHeader())
                .header("Accept", op.version().mediaType())
                .header("User-Agent", USER_AGENT)
                .build();
        LOG.debug("GET {} Accept: {} Authorization: Bearer ****", uri, op.version().mediaType());
        CompletableFuture<HttpResponse<byte[]>> future = http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw OperationCancelledException.of(op.id());
        } catch (TimeoutException e) {
            future.cancel(true);
            throw RetryableFailure.of(0, "no complete response within " + RetryingCaller.seconds(timeout) + " (a stalled body counts)");
        } catch (ExecutionException e) {
            throw classify(op, e.getCause());
        }
    }

    private RuntimeException classify(Operation op, Throwable cause) {
        if (Thread.currentThread().isInterrupted()) {
            return OperationCancelledException.of(op.id());
        }
        if (isConnectFailure(cause)) {
            String what = "cannot connect to " + settings.apiUrl() + " (" + redactor.scrub(describe(cause)) + ")";
            if (reachedOnce) {
                return RetryableFailure.of(0, what);
            }
            return new ApiUnreachableException(op.id(), 0, "",
                    "Cannot reach the Segment API at " + settings.apiUrl() + " for " + op.id() + " (" + redactor.scrub(describe(cause))
                            + "): check the API URL and the network.", null);
        }
        if (cause instanceof HttpTimeoutException) {
            return RetryableFailure.of(0, "no response within " + RetryingCaller.seconds(settings.requestTimeout()));
        }
        if (cause instanceof IOException) {
            return RetryableFailure.of(0, "the connection failed mid-request (" + redactor.scrub(describe(cause)) + ")");
        }
        return new SegmentApiException(op.id(), 0, "", op.id() + " failed at " + settings.apiUrl() + ": "
                + redactor.scrub(describe(cause)) + ".", null);
    }

    private static boolean isConnectFailure(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof HttpConnectTimeoutException || c instanceof ConnectException || c instanceof UnresolvedAddressException) {
                return true;
            }
        }
        return false;
    }

    private static <T> T throwRetryable(RetryableFailure failure) {
        throw failure;
    }

    private static String rateLimitSummary(HttpHeaders headers) {
        Optional<String> remaining = headers.firstValue("X-RateLimit-Remaining");
        return remaining.map(r -> ", X-RateLimit-Remaining " + r + headers.firstValue("X-RateLimit-Reset").map(x -> " reset " + x).orElse(""))
                .orElse("");
    }

    /** Exception text without anything that could echo request headers. */
    private static String describe(Throwable e) {
        String message = e.getMessage();
        String kind = e.getClass().getSimpleName();
        return message == null || message.isBlank() ? kind : kind + ": " + message;
    }

    @Override
    public void close() {
        // HttpClient gained close() only in Java 21; on 17 its threads end when it is unreachable.
    }
}
