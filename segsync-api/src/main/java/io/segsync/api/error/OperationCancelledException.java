package io.segsync.api.error;

/**
 * The calling thread was interrupted (Ctrl-C, a shutdown, a cancelled stream) while a call was
 * waiting or reading. No partial page was handed on. The thread's interrupt flag stays set.
 */
public final class OperationCancelledException extends SegmentApiException {
    private static final long serialVersionUID = 1L;

    public OperationCancelledException(String operationId, String message) {
        super(operationId, 0, "", message, null);
    }

    public static OperationCancelledException of(String operationId) {
        return new OperationCancelledException(operationId, operationId + " was cancelled (interrupted); no partial page was delivered.");
    }
}
