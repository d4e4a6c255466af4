package io.segsync.api.error;

/** 400 or 422 from Segment: the request was not valid. */
public final class InvalidRequestException extends SegmentApiException {
    private static final long serialVersionUID = 1L;

    public InvalidRequestException(String operationId, int status, String errorType, String message, Throwable cause) {
        super(operationId, status, errorType, message, cause);
    }
}
