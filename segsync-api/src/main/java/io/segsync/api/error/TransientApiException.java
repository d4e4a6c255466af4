package io.segsync.api.error;

/** The call kept failing with errors that usually pass (429, 5xx, timeouts, resets) until the retry budget ran out. */
public final class TransientApiException extends SegmentApiException {
    private static final long serialVersionUID = 1L;

    public TransientApiException(String operationId, int status, String errorType, String message, Throwable cause) {
        super(operationId, status, errorType, message, cause);
    }
}
