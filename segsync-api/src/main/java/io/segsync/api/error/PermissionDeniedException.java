package io.segsync.api.error;

/** 403 from Segment: the token's plan or role does not allow this. */
public final class PermissionDeniedException extends SegmentApiException {
    private static final long serialVersionUID = 1L;

    public PermissionDeniedException(String operationId, int status, String errorType, String message, Throwable cause) {
        super(operationId, status, errorType, message, cause);
    }
}
