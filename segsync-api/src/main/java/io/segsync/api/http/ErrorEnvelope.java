package io.segsync.api.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.OptionalLong;

/** The first entry of Segment's {@code {"errors":[{"type","message","data"}]}} envelope. */
public record ErrorEnvelope(String type, String message, OptionalLong msBeforeNext) {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int MAX_BYTES = 64 * 1024;
    static final ErrorEnvelope EMPTY = new ErrorEnvelope("", "", OptionalLong.empty());

    /** Reads what it can; a body that is not the envelope gives empty fields, never an exception. */
    public static ErrorEnvelope read(byte[] body) {
        if (body == null || body.length == 0) {
            return EMPTY;
        }
        try {
            byte[] bytes = body.length > MAX_BYTES ? Arrays.copyOf(body, MAX_BYTES) : body;
            JsonNode first = MAPPER.readTree(bytes).path("errors").path(0);
            JsonNode ms = first.path("data").path("msBeforeNext");
            return new ErrorEnvelope(
                    first.path("type").asText(""),
                    first.path("message").asText(""),
                    ms.isNumber() ? OptionalLong.of(ms.asLong()) : OptionalLong.empty());
        } catch (java.io.IOException | RuntimeException e) {
            return EMPTY;
        }
    }
}
