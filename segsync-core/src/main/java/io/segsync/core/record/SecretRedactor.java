package io.segsync.core.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Replaces secrets inside records before they reach a table: every string of a secret list (write
 * keys), and, inside settings objects, the values whose names say they are credentials.
 */
public final class SecretRedactor {
    public static final String REDACTED = "[redacted]";
    private static final Pattern SECRET_NAME = Pattern.compile(
            ".*(secret|password|passwd|token|apikey|api_key|credential|private|writekey|accesskey|sharedkey|auth).*");

    private SecretRedactor() {}

    public static boolean isSecretName(String name) {
        return SECRET_NAME.matcher(name.toLowerCase(Locale.ROOT).replace("-", "")).matches();
    }

    /** Redacts a value of a column marked secret; returns a new node. */
    public static JsonNode redact(JsonNode value) {
        if (value == null || value.isNull()) {
            return value;
        }
        if (value.isArray()) {
            ArrayNode out = ((ArrayNode) value).arrayNode();
            for (JsonNode element : value) {
                out.add(element.isValueNode() ? TextNode.valueOf(REDACTED) : redact(element));
            }
            return out;
        }
        if (value.isObject()) {
            ObjectNode out = ((ObjectNode) value).deepCopy();
            redactSettings(out);
            return out;
        }
        return TextNode.valueOf(REDACTED);
    }

    private static void redactSettings(ObjectNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            JsonNode child = object.get(name);
            if (isSecretName(name) && !child.isNull() && !child.isBoolean()) {
                object.put(name, REDACTED);
            } else if (child.isObject()) {
                redactSettings((ObjectNode) child);
            } else if (child.isArray()) {
                for (JsonNode element : child) {
                    if (element.isObject()) {
                        redactSettings((ObjectNode) element);
                    }
                }
            }
        }
    }
}
