package io.segsync.sandbox.http;

/** An error the sandbox answers with Segment's {@code {"errors":[...]}} envelope. */
public final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String type;

    public ApiError(int status, String type, String message) {
        super(message, null, false, false);
        this.status = status;
        this.type = type;
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public static ApiError notFound() {
        return new ApiError(404, "NotFound", "Resource not found");
    }

    public static ApiError validation(String message) {
        return new ApiError(422, "ValidationFailure", message);
    }

    public static ApiError unauthorized(String message) {
        return new ApiError(401, "unauthorized", message);
    }
}
