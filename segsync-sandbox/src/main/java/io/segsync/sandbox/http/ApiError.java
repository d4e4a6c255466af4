package io.segsync.sandbox.http;

/** An error the sandbox answers with Segment's {@code {"errors":[...]}} envelope. */
public final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String type;
    private final String field;

    public ApiError(int status, String type, String message) {
        this(status, type, message, null);
    }

    public ApiError(int status, String type, String message, String field) {
        super(message, null, false, false);
        this.status = status;
        this.type = type;
        this.field = field;
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    /** The query or path parameter at fault, when there is one. */
    public String field() {
        return field;
    }

    public static ApiError notFound() {
        return new ApiError(404, "NotFound", "Resource not found");
    }

    public static ApiError validation(String message) {
        return new ApiError(422, "ValidationFailure", message);
    }

    public static ApiError validation(String message, String field) {
        return new ApiError(422, "ValidationFailure", message, field);
    }

    public static ApiError unauthorized(String message) {
        return new ApiError(401, "Unauthorized", message);
    }

    public static ApiError forbidden(String message) {
        return new ApiError(403, "Forbidden", message);
    }
}
