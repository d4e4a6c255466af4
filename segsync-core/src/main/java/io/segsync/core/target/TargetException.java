package io.segsync.core.target;

/** The target refused or failed; the message tells the user what is wrong and what to do. */
public class TargetException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TargetException(String message) {
        super(message);
    }

    public TargetException(String message, Throwable cause) {
        super(message, cause);
    }
}
