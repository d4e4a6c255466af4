package io.segsync.api.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.OptionalLong;

/** The first entry of Segment's {@code {"errors":[{"type","message","data"}]}} envelope. */
public record ErrorEnvelope(String type, String message, OptionalLong msBeforeNext) {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int MAX_BYTES = 64 * 1024;

    public static ErrorEnvelope read(InputStream body) {
        try (body) {
            byte[] bytes = body.readNBytes(MAX_BYTES);
            JsonNode first = MAPPER.readTree(bytes).path("errors").path(0);
            JsonNode ms = first.path("data").path("msBeforeNext");
            return new ErrorEnvelope(
                    first.path("type").asText(""),
                    first.path("message").asText(""),
                    ms.isNumber() ? OptionalLong.of(ms.asLong()) : OptionalLong.empty());
        } catch (IOException | RuntimeException e) {
            return new ErrorEnvelope("", "", OptionalLong.empty());
        }
    }
}
