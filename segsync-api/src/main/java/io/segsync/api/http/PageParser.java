package io.segsync.api.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Reads a list response with Jackson's streaming parser: walks to {@code data.<listKey>} and reads one
 * item at a time, picks {@code next} and {@code totalEntries} out of {@code data.pagination}, and skips
 * every other field, so unknown fields never matter.
 */
public final class PageParser {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory FACTORY = MAPPER.getFactory();
    /** The field a list item that is not an object (a string, a number) is wrapped in: {@code {"value": item}}. */
    public static final String SCALAR_FIELD = "value";

    private PageParser() {}

    public static Page parse(InputStream body, String listKey) throws IOException {
        return parse(body, listKey, "pagination");
    }

    /**
     * Reads {@code data.<listKey>} and the cursor in {@code data.<paginationKey>}; two-cursor operations
     * keep each list's cursor under its own key ({@code sourcesPagination}). A numeric cursor (space
     * filters' offsets) is read as its decimal text.
     */
    public static Page parse(InputStream body, String listKey, String paginationKey) throws IOException {
        try (JsonParser p = FACTORY.createParser(body)) {
            expect(p.nextToken(), JsonToken.START_OBJECT);
            List<ObjectNode> items = null;
            String next = null;
            OptionalLong total = OptionalLong.empty();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String top = p.currentName();
                JsonToken value = p.nextToken();
                if (!"data".equals(top) || value != JsonToken.START_OBJECT) {
                    p.skipChildren();
                    continue;
                }
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    JsonToken t = p.nextToken();
                    if (field.equals(listKey) && t == JsonToken.START_ARRAY) {
                        items = new ArrayList<>();
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            JsonNode item = MAPPER.readTree(p);
                            if (item != null && item.isObject()) {
                                items.add((ObjectNode) item);
                            } else {
                                // Some lists hold plain values (invites and group invites are e-mail strings).
                                ObjectNode wrapped = MAPPER.createObjectNode();
                                wrapped.set(SCALAR_FIELD, item == null ? MAPPER.nullNode() : item);
                                items.add(wrapped);
                            }
                        }
                    } else if (field.equals(paginationKey) && t == JsonToken.START_OBJECT) {
                        JsonNode pagination = MAPPER.readTree(p);
                        JsonNode n = pagination.get("next");
                        next = n == null || n.isNull() ? null : n.asText();
                        JsonNode te = pagination.get("totalEntries");
                        total = te != null && te.isNumber() ? OptionalLong.of(te.asLong()) : OptionalLong.empty();
                    } else {
                        p.skipChildren();
                    }
                }
            }
            if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
                throw new MalformedBodyException("the response body does not end where the JSON object ends");
            }
            if (items == null) {
                throw new MalformedBodyException("the response has no data." + listKey + " list");
            }
            return new Page(items, next, total);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new MalformedBodyException("the response body is not complete JSON: " + e.getOriginalMessage());
        }
    }

    /** Reads a whole non-list response and returns its {@code data} object. */
    public static ObjectNode parseData(InputStream body) throws IOException {
        try {
            JsonNode root = MAPPER.readTree(body);
            JsonNode data = root == null ? null : root.get("data");
            if (data == null || !data.isObject()) {
                throw new MalformedBodyException("the response has no data object");
            }
            return (ObjectNode) data;
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new MalformedBodyException("the response body is not complete JSON: " + e.getOriginalMessage());
        }
    }

    private static void expect(JsonToken got, JsonToken want) throws MalformedBodyException {
        if (got != want) {
            throw new MalformedBodyException("expected " + want + " but the body starts with " + got);
        }
    }

    /** The body was cut short or is not the JSON Segment sends: worth fetching again. */
    public static final class MalformedBodyException extends IOException {
        private static final long serialVersionUID = 1L;

        public MalformedBodyException(String message) {
            super(message);
        }
    }
}
