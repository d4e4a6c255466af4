package io.segsync.core.record;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segsync.core.catalog.Column;
import io.segsync.core.catalog.ColumnType;
import io.segsync.core.catalog.Names;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Maps one API record to a row: typed scalars, nested values as canonical JSON (sorted keys, so equal
 * content gives equal text and equal hashes), secrets redacted, meta columns filled.
 *
 * <p>The schema evolves as records arrive: a field no column holds becomes a new nullable column (a
 * secret one if its name says so), and a value that does not fit its column widens the column's type
 * instead of being lost. Callers compare {@link #schema()} before writing each page.
 */
public final class RowMapper {
    private static final ObjectMapper CANONICAL = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private final boolean includeSecrets;
    private final OffsetDateTime syncedAt;
    private TableSchema schema;
    private final Set<String> mappedFields = new HashSet<>();
    private final Set<String> seenFields = new HashSet<>();

    public RowMapper(TableSchema schema, boolean includeSecrets, OffsetDateTime syncedAt) {
        this.schema = schema;
        this.includeSecrets = includeSecrets;
        this.syncedAt = syncedAt.withOffsetSameInstant(ZoneOffset.UTC);
        for (Column c : schema.columns()) {
            mappedFields.add(c.field());
            if (c.field().isEmpty() && !isMetaColumn(c)) {
                // A record field that repeats a context column (a filter's destinationId under the
                // destination_id parent key) is that column, not a new one.
                mappedFields.add(Names.camelCase(c.name()));
            }
        }
    }

    private static boolean isMetaColumn(Column c) {
        return TableSchema.isMeta(c.name());
    }

    /** The schema as evolved by the records mapped so far. */
    public TableSchema schema() {
        return schema;
    }

    /** @param parentKey the parent's key for a child stream with one context column, else null */
    public Row map(ObjectNode record, String parentKey) {
        return map(record, column -> parentKey);
    }

    /** @param context the values of the context columns (parent keys, usage period) by column name */
    public Row mapInContext(ObjectNode record, Map<String, String> context) {
        return map(record, context::get);
    }

    private Row map(ObjectNode record, java.util.function.Function<String, String> context) {
        evolve(record);
        List<Column> columns = schema.columns();
        Object[] values = new Object[columns.size()];
        for (int i = 0; i < values.length; i++) {
            Column column = columns.get(i);
            if (TableSchema.isMeta(column.name())) {
                continue;
            }
            Object value;
            if (column.field().isEmpty()) {
                value = context.apply(column.name());
            } else {
                JsonNode node = record.get(column.field());
                if (column.secret() && !includeSecrets) {
                    node = SecretRedactor.redact(node);
                }
                value = convert(column.type(), node);
            }
            if (value == null && schema.isPrimaryKey(column.name())) {
                // Keys must not be null; an absent optional key part (a rule without key) is the empty string.
                value = "";
            }
            values[i] = value;
        }
        values[schema.indexOf(TableSchema.SYNCED_AT)] = syncedAt;
        values[schema.indexOf(TableSchema.DELETED)] = Boolean.FALSE;
        values[schema.indexOf(TableSchema.ROW_HASH)] = hash(columns, values);
        return new Row(values);
    }

    private void evolve(ObjectNode record) {
        Iterator<Map.Entry<String, JsonNode>> fields = record.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            seenFields.add(field.getKey());
            if (value == null || value.isNull()) {
                continue;
            }
            if (mappedFields.add(field.getKey())) {
                bindOrAdd(field.getKey(), value);
            }
            for (Column c : schema.columns()) {
                if (c.field().equals(field.getKey()) && !ColumnTypes.fits(c.type(), value)) {
                    schema = schema.withType(c.name(), ColumnTypes.widenFor(c.type(), value));
                }
            }
        }
    }

    private void bindOrAdd(String field, JsonNode value) {
        String wanted = Names.snakeCase(field);
        Optional<Column> stored = schema.column(wanted);
        if (stored.isPresent() && !stored.get().field().isEmpty() && !seenFields.contains(stored.get().field())) {
            // A column an earlier run discovered, whose field name was only guessed: bind it.
            schema = schema.withField(wanted, field);
            return;
        }
        boolean secret = SecretRedactor.isSecretName(field);
        schema = schema.withColumn(new Column(freeName(wanted), field, ColumnTypes.infer(value), secret));
    }

    private String freeName(String wanted) {
        String name = wanted;
        for (int n = 2; schema.column(name).isPresent(); n++) {
            name = wanted + "_" + n;
        }
        return name;
    }

    private static Object convert(ColumnType type, JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        switch (type) {
            case STRING:
                return node.isValueNode() ? node.asText() : canonical(node);
            case BOOLEAN:
                return node.booleanValue();
            case BIGINT:
                return node.isNumber() ? node.longValue() : Long.parseLong(node.asText().trim());
            case DOUBLE:
                return node.isNumber() ? node.doubleValue() : Double.parseDouble(node.asText().trim());
            case TIMESTAMP:
                return parseTimestamp(node.asText());
            case JSON:
                return canonical(node);
            default:
                throw new IllegalStateException("unknown column type " + type);
        }
    }

    static String canonical(JsonNode node) {
        try {
            return CANONICAL.writeValueAsString(CANONICAL.treeToValue(node, Object.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a parsed JSON value", e);
        }
    }

    private static OffsetDateTime parseTimestamp(String text) {
        try {
            return OffsetDateTime.parse(text).withOffsetSameInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * SHA-256 over the non-null data values with their column names, so an unchanged record always
     * hashes the same, and a column added for other records (null here) does not change its hash.
     */
    private static String hash(List<Column> columns, Object[] values) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (int i = 0; i < values.length; i++) {
                Object v = values[i];
                if (v == null || TableSchema.isMeta(columns.get(i).name())) {
                    continue;
                }
                String text = v instanceof OffsetDateTime t ? t.toInstant().toString() : v.toString();
                digest.update(columns.get(i).name().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0x1e);
                digest.update(text.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0x1f);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
