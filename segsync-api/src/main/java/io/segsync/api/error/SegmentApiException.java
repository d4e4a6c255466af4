package io.segsync.api.error;

/**
 * A call to the Segment API failed. Messages are written for the user and never contain the token.
 * Subclasses say what kind of failure it was, so callers can decide (retry, skip the stream, stop).
 */
public class SegmentApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String operationId;
    private final int status;
    private final String errorType;

    public SegmentApiException(String operationId, int status, String errorType, String message, Throwable cause) {
        super(message, cause);
        this.operationId = operationId;
        this.status = status;
        this.errorType = errorType;
    }

    /** The Segment operationId that failed, e.g. {@code listSources}. */
    public String operationId() {
        return operationId;
    }

    /** HTTP status, or 0 when no response arrived. */
    public int status() {
        return status;
    }

    /** {@code errors[0].type} from Segment's error envelope, when it sent one. */
    public String errorType() {
        return errorType;
    }
}
