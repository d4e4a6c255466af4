package io.segsync.core.target;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What the next run of a stream needs, stored in the target next to the data it describes and
 * committed in the same transaction.
 *
 * @param stream the stream
 * @param method the update method that wrote it
 * @param value  method-specific fields (watermark, pending window and cursor, ...)
 */
public record StreamState(String stream, String method, ObjectNode value) {
    public static StreamState empty(String stream, String method) {
        return new StreamState(stream, method, JsonNodeFactory.instance.objectNode());
    }
}
