package io.segsync.api.retry;

import java.time.Duration;
import java.util.Optional;

/**
 * One attempt failed in a way that usually passes (408, 429, 5xx, reset, timeout, truncated or
 * malformed body). Internal to the client: callers only ever see the {@code TransientApiException}
 * it becomes when the retries run out. The message is written for users and never holds the token.
 *
 * @see RetryingCaller
 */
public final class RetryableFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String errorType;
    private final transient Optional<Duration> serverWait;
    private final String waitSource;

    /**
     * @param status     HTTP status, 0 when no response arrived
     * @param errorType  Segment's {@code errors[0].type}, or empty
     * @param serverWait the wait the server asked for, which overrides the backoff
     * @param waitSource the header or field the wait came from
     * @param message    what went wrong
     */
    public RetryableFailure(int status, String errorType, Optional<Duration> serverWait, String waitSource, String message) {
        super(message, null, false, false);
        this.status = status;
        this.errorType = errorType;
        this.serverWait = serverWait;
        this.waitSource = waitSource;
    }

    public static RetryableFailure of(int status, String message) {
        return new RetryableFailure(status, "", Optional.empty(), "", message);
    }

    public int status() {
        return status;
    }

    public String errorType() {
        return errorType;
    }

    public Optional<Duration> serverWait() {
        return serverWait;
    }

    public String waitSource() {
        return waitSource;
    }
}
