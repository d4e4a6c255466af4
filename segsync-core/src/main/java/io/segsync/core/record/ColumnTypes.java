package io.segsync.core.record;

import com.fasterxml.jackson.databind.JsonNode;
import io.segsync.core.catalog.ColumnType;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Which JSON values fit which column type, and how types widen when one does not. */
public final class ColumnTypes {
    private ColumnTypes() {}

    /** The type a newly seen field gets from its first value. */
    public static ColumnType infer(JsonNode value) {
        if (value.isBoolean()) {
            return ColumnType.BOOLEAN;
        }
        if (value.isIntegralNumber()) {
            return ColumnType.BIGINT;
        }
        if (value.isNumber()) {
            return ColumnType.DOUBLE;
        }
        if (value.isContainerNode()) {
            return ColumnType.JSON;
        }
        return ColumnType.STRING;
    }

    public static boolean fits(ColumnType type, JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return true;
        }
        switch (type) {
            case STRING:
                return value.isValueNode();
            case BOOLEAN:
                return value.isBoolean();
            case BIGINT:
                return value.isIntegralNumber() && value.canConvertToLong() || value.isTextual() && isLong(value.asText());
            case DOUBLE:
                return value.isNumber() || value.isTextual() && isDouble(value.asText());
            case TIMESTAMP:
                return value.isTextual() && isTimestamp(value.asText());
            case JSON:
                return true;
            default:
                return false;
        }
    }

    /**
     * The narrowest type that holds values of both: integers widen to doubles, anything else that
     * disagrees widens to text (JSON text for objects), which keeps every value.
     */
    public static ColumnType wider(ColumnType a, ColumnType b) {
        if (a == b) {
            return a;
        }
        if (a == ColumnType.JSON || b == ColumnType.JSON) {
            return ColumnType.JSON;
        }
        if ((a == ColumnType.BIGINT && b == ColumnType.DOUBLE) || (a == ColumnType.DOUBLE && b == ColumnType.BIGINT)) {
            return ColumnType.DOUBLE;
        }
        return ColumnType.STRING;
    }

    /** The type a column must widen to for a value that does not fit it. */
    public static ColumnType widenFor(ColumnType type, JsonNode value) {
        if (value.isContainerNode()) {
            return type == ColumnType.STRING || type == ColumnType.JSON ? type : ColumnType.JSON;
        }
        return wider(type, infer(value));
    }

    private static boolean isLong(String s) {
        try {
            Long.parseLong(s.trim());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isDouble(String s) {
        try {
            Double.parseDouble(s.trim());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isTimestamp(String s) {
        try {
            OffsetDateTime.parse(s);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
