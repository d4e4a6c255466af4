package io.segsync.api.error;

/** 401 from Segment: the token was rejected. */
public final class AuthenticationFailedException extends SegmentApiException {
    private static final long serialVersionUID = 1L;

    public AuthenticationFailedException(String operationId, int status, String errorType, String message, Throwable cause) {
        super(operationId, status, errorType, message, cause);
    }
}
