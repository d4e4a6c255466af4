package io.segsync.api.http;

import io.segsync.api.ApiUrl;
import io.segsync.api.ClientSettings;
import io.segsync.api.error.ApiUnreachableException;
import io.segsync.api.error.SegmentApiException;
import io.segsync.api.error.TransientApiException;
import io.segsync.api.ops.Operation;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one GET with the right headers and turns the answer into a parsed body or a typed error. The
 * token goes into the Authorization header and nowhere else; logs show {@code Bearer ****}.
 */
public final class Transport implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Transport.class);
    private static final String USER_AGENT = "segsync/0.1 (+https://github.com/segsync/segsync)";

    private final ClientSettings settings;
    private final HttpClient http;

    public Transport(ClientSettings settings) {
        this.settings = settings;
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

    /** One attempt: send, check the status, parse the whole body. */
    public <T> T call(Operation op, String pathAndQuery, BodyReader<T> reader) {
        ApiUrl apiUrl = settings.apiUrl();
        URI uri = apiUrl.resolve(pathAndQuery);
        HttpRequest request = HttpRequest.newBuilder(uri)
                .GET()
                .timeout(settings.requestTimeout())
                .header("Authorization", settings.token().authorizationHeader())
                .header("Accept", op.version().mediaType())
                .header("User-Agent", USER_AGENT)
                .build();
        LOG.debug("GET {} Accept: {} Authorization: Bearer ****", uri, op.version().mediaType());
        HttpResponse<InputStream> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpConnectTimeoutException | ConnectException | UnresolvedAddressException e) {
            throw unreachable(op, apiUrl, e);
        } catch (HttpTimeoutException e) {
            throw new TransientApiException(op.id(), 0, "", op.id() + " timed out after " + settings.requestTimeout().toSeconds() + " s at " + apiUrl + ".", null);
        } catch (IOException e) {
            if (e.getCause() instanceof UnresolvedAddressException || e.getCause() instanceof ConnectException) {
                throw unreachable(op, apiUrl, e);
            }
            throw new TransientApiException(op.id(), 0, "", op.id() + " failed at " + apiUrl + ": " + describe(e) + ".", null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SegmentApiException(op.id(), 0, "", op.id() + " was interrupted.", null);
        }
        int status = response.statusCode();
        LOG.debug("{} {} -> {}", op.id(), uri.getPath(), status);
        if (status / 100 != 2) {
            throw ErrorMessages.forStatus(op.id(), status, ErrorEnvelope.read(response.body()), apiUrl);
        }
        try (InputStream body = response.body()) {
            return reader.read(body);
        } catch (IOException e) {
            throw new TransientApiException(op.id(), status, "", op.id() + " sent a body that could not be read: " + describe(e) + ".", null);
        }
    }

    private static ApiUnreachableException unreachable(Operation op, ApiUrl apiUrl, Exception e) {
        return new ApiUnreachableException(op.id(), 0, "",
                "Cannot reach the Segment API at " + apiUrl + " (" + describe(e) + "): check the API URL and the network.", null);
    }

    /** Exception text without anything that could echo request headers. */
    private static String describe(Exception e) {
        String message = e.getMessage();
        String kind = e.getClass().getSimpleName();
        return message == null || message.isBlank() ? kind : kind + ": " + message;
    }

    @Override
    public void close() {
        // HttpClient gained close() only in Java 21; on 17 its threads end when it is unreachable.
    }
}
