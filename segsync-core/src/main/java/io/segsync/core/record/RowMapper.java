package io.segsync.core.record;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segsync.core.catalog.Column;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;

/**
 * Maps one API record to a row: typed scalars, nested values as canonical JSON (sorted keys, so equal
 * content gives equal text and equal hashes), secrets redacted, meta columns filled.
 */
public final class RowMapper {
    private static final ObjectMapper CANONICAL = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private final TableSchema schema;
    private final boolean includeSecrets;
    private final OffsetDateTime syncedAt;
    private final int dataColumns;

    public RowMapper(TableSchema schema, boolean includeSecrets, OffsetDateTime syncedAt) {
        this.schema = schema;
        this.includeSecrets = includeSecrets;
        this.syncedAt = syncedAt.withOffsetSameInstant(ZoneOffset.UTC);
        this.dataColumns = schema.columns().size() - 3;
    }

    /** @param parentKey the parent's key for a child stream, else null */
    public Row map(ObjectNode record, String parentKey) {
        List<Column> columns = schema.columns();
        Object[] values = new Object[columns.size()];
        int start = 0;
        if (parentKey != null) {
            values[0] = parentKey;
            start = 1;
        }
        for (int i = start; i < dataColumns; i++) {
            Column column = columns.get(i);
            JsonNode node = record.get(column.field());
            if (column.secret() && !includeSecrets) {
                node = SecretRedactor.redact(node);
            }
            Object value = convert(column, node);
            if (value == null && schema.isPrimaryKey(column.name())) {
                // Keys must not be null; an absent optional key part (a rule without key) is the empty string.
                value = "";
            }
            values[i] = value;
        }
        values[dataColumns] = syncedAt;
        values[dataColumns + 1] = Boolean.FALSE;
        values[dataColumns + 2] = hash(values, dataColumns);
        return new Row(values);
    }

    private static Object convert(Column column, JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        switch (column.type()) {
            case STRING:
                return node.isValueNode() ? node.asText() : canonical(node);
            case BOOLEAN:
                return node.isBoolean() ? node.booleanValue() : Boolean.valueOf(node.asText());
            case BIGINT:
                return node.isIntegralNumber() ? node.longValue() : parseLong(node.asText());
            case DOUBLE:
                return node.isNumber() ? node.doubleValue() : parseDouble(node.asText());
            case TIMESTAMP:
                return parseTimestamp(node.asText());
            case JSON:
                return canonical(node);
            default:
                throw new IllegalStateException("unknown column type " + column.type());
        }
    }

    static String canonical(JsonNode node) {
        try {
            return CANONICAL.writeValueAsString(CANONICAL.treeToValue(node, Object.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a parsed JSON value", e);
        }
    }

    private static Long parseLong(String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Double parseDouble(String text) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static OffsetDateTime parseTimestamp(String text) {
        try {
            return OffsetDateTime.parse(text).withOffsetSameInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** SHA-256 over the data columns, so an unchanged record always hashes the same. */
    private static String hash(Object[] values, int count) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (int i = 0; i < count; i++) {
                Object v = values[i];
                String text = v == null ? "\u0000null" : v instanceof OffsetDateTime t ? t.toInstant().toString() : v.toString();
                digest.update(text.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0x1f);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
