package io.segsync.api.error;

/** 404 from Segment: the resource or feature does not exist. */
public final class ResourceNotFoundException extends SegmentApiException {
    private static final long serialVersionUID = 1L;

    public ResourceNotFoundException(String operationId, int status, String errorType, String message, Throwable cause) {
        super(operationId, status, errorType, message, cause);
    }
}
