package io.segsync.api;

import java.util.Objects;

/**
 * A Segment Public API token. It prints as {@code ****} everywhere (toString, logs, exceptions); only
 * {@link #authorizationHeader()} reveals it, for the one header that must carry it.
 */
public final class ApiToken {
    private final String value;

    private ApiToken(String value) {
        this.value = value;
    }

    public static ApiToken of(String value) {
        Objects.requireNonNull(value, "token");
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("the API key is empty");
        }
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (c < 0x21 || c > 0x7e) {
                throw new IllegalArgumentException("the API key contains whitespace or non-ASCII characters");
            }
        }
        return new ApiToken(trimmed);
    }

    public String authorizationHeader() {
        return "Bearer " + value;
    }

    /** The raw value, for code that must store or redact it (the encrypted connection store). */
    public String reveal() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ApiToken other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "****";
    }
}
