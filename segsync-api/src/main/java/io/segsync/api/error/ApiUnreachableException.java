package io.segsync.api.error;

/** No response at all: the API URL could not be reached. */
public final class ApiUnreachableException extends SegmentApiException {
    private static final long serialVersionUID = 1L;

    public ApiUnreachableException(String operationId, int status, String errorType, String message, Throwable cause) {
        super(operationId, status, errorType, message, cause);
    }
}
