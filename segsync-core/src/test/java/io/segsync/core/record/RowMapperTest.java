package io.segsync.core.record;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segsync.core.catalog.Catalog;
import io.segsync.core.catalog.ColumnType;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class RowMapperTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode record(String json) throws Exception {
        return (ObjectNode) JSON.readTree(json);
    }

    private static RowMapper sources() {
        return new RowMapper(TableSchema.of(Catalog.standard().stream("sources").orElseThrow()), false,
                OffsetDateTime.parse("2026-12-04T00:00:00Z"));
    }

    @Test
    void aNewFieldBecomesANullableColumnAndASecretLookingOneIsRedacted() throws Exception {
        RowMapper mapper = sources();
        Row first = mapper.map(record("{\"id\":\"a\",\"enabled\":true}"), null);
        Row second = mapper.map(record("{\"id\":\"b\",\"enabled\":true,\"region\":\"eu\",\"clientSecret\":\"s3cr3t\"}"), null);
        TableSchema schema = mapper.schema();
        assertThat(schema.column("region")).get().extracting(c -> c.type()).isEqualTo(ColumnType.STRING);
        assertThat(second.get(schema.indexOf("region"))).isEqualTo("eu");
        assertThat(second.get(schema.indexOf("client_secret"))).isEqualTo(SecretRedactor.REDACTED);
        assertThat(first.size()).isLessThan(second.size());
        assertThat(RowShape.fit(first, schema).get(schema.indexOf("region"))).isNull();
    }

    @Test
    void aValueThatDoesNotFitWidensTheColumnInsteadOfBeingLost() throws Exception {
        RowMapper mapper = sources();
        mapper.map(record("{\"id\":\"a\",\"enabled\":true}"), null);
        Row row = mapper.map(record("{\"id\":\"b\",\"enabled\":\"sometimes\"}"), null);
        assertThat(mapper.schema().column("enabled")).get().extracting(c -> c.type()).isEqualTo(ColumnType.STRING);
        assertThat(row.get(mapper.schema().indexOf("enabled"))).isEqualTo("sometimes");
    }

    @Test
    void theHashIgnoresColumnsAddedForOtherRecords() throws Exception {
        RowMapper before = sources();
        Row plain = before.map(record("{\"id\":\"a\",\"enabled\":true}"), null);
        RowMapper after = sources();
        after.map(record("{\"id\":\"b\",\"enabled\":true,\"region\":\"eu\"}"), null);
        Row same = after.map(record("{\"id\":\"a\",\"enabled\":true}"), null);
        int hash = before.schema().indexOf(TableSchema.ROW_HASH);
        assertThat(same.get(after.schema().indexOf(TableSchema.ROW_HASH))).isEqualTo(plain.get(hash));
    }

    @Test
    void writeKeysAndSecretSettingsAreRedactedUnlessAskedFor() throws Exception {
        ObjectNode source = record("{\"id\":\"a\",\"writeKeys\":[\"wk_123\"],\"settings\":{\"apiKey\":\"k\",\"region\":\"us\"}}");
        Row redacted = sources().map(source, null);
        TableSchema schema = TableSchema.of(Catalog.standard().stream("sources").orElseThrow());
        assertThat((String) redacted.get(schema.indexOf("write_keys"))).doesNotContain("wk_123");
        assertThat((String) redacted.get(schema.indexOf("settings"))).doesNotContain("\"k\"").contains("\"region\":\"us\"");
        Row plain = new RowMapper(schema, true, OffsetDateTime.parse("2026-12-04T00:00:00Z")).map(source, null);
        assertThat((String) plain.get(schema.indexOf("write_keys"))).contains("wk_123");
    }
}
