package io.segsync.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import io.segsync.sandbox.data.WorkspaceSize;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Validates a real sandbox answer for every GET operation of the official spec against that
 * operation's 200 response schema (OpenAPI 3.0 dialect: nullable, allOf, refs into components), with
 * networknt's JSON-schema validator. Deliberate differences are listed in {@link SpecDifferences}.
 */
class SpecConformanceTest {
    private static final String SPEC_URI = "https://spec.segsync.test/openapi.json";
    static SandboxServer sandbox;
    static Map<String, String> requests;
    static JsonNode spec;
    static SchemaRegistry registry;

    @BeforeAll
    static void start() throws Exception {
        Path yaml = locateSpec();
        ObjectNode root = (ObjectNode) new ObjectMapper(new YAMLFactory()).readTree(yaml.toFile());
        ObjectNode schemas = (ObjectNode) root.path("components").path("schemas");
        // Each operation's 200 schema becomes a named component, so it can be addressed without escaping media types.
        for (Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields(); paths.hasNext(); ) {
            JsonNode get = paths.next().getValue().path("get");
            if (!get.isMissingNode()) {
                JsonNode content = get.path("responses").path("200").path("content");
                schemas.set("__op_" + get.path("operationId").asText(), content.elements().next().path("schema"));
            }
        }
        spec = root;
        String json = new ObjectMapper().writeValueAsString(root);
        registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi30(), b -> b.schemas(Map.of(SPEC_URI, json)));
        sandbox = SandboxServer.start(SandboxServer.Options.defaults().withSeed(11).withSize(WorkspaceSize.SMALL));
        requests = SampleRequests.discover(sandbox.baseUrl(), sandbox.token());
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    static Path locateSpec() {
        for (File dir = new File("").getAbsoluteFile(); dir != null; dir = dir.getParentFile()) {
            Path candidate = dir.toPath().resolve("../shared/segment-public-api/openapi.yaml").normalize();
            if (Files.exists(candidate)) {
                return candidate;
            }
            Path shared = dir.toPath().resolve("shared/segment-public-api/openapi.yaml");
            if (Files.exists(shared)) {
                return shared;
            }
        }
        return Path.of("/work/shared/segment-public-api/openapi.yaml");
    }

    @Test
    void everySpecGetOperationAnswersWhatItsSchemaDescribes() {
        List<String> validated = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = spec.path("paths").fields(); paths.hasNext(); ) {
            JsonNode get = paths.next().getValue().path("get");
            if (get.isMissingNode()) {
                continue;
            }
            String op = get.path("operationId").asText();
            if (SpecDifferences.NOT_SERVED.containsKey(op)) {
                continue;
            }
            assertThat(requests).as("a sample request for " + op).containsKey(op);
            String accept = get.path("responses").path("200").path("content").fieldNames().next();
            if (SpecDifferences.VERSION.containsKey(op)) {
                accept = "application/vnd.segment.v1+json";
            }
            Http.Response r = Http.get(sandbox.baseUrl(), requests.get(op), sandbox.token(), accept);
            assertThat(r.status()).as(op + " " + r.body()).isEqualTo(200);
            Schema schema = registry.getSchema(SchemaLocation.of(SPEC_URI + "#/components/schemas/__op_" + op));
            List<Error> errors = schema.validate(r.json());
            if (!errors.isEmpty()) {
                failures.add(op + ": " + errors);
            }
            validated.add(op);
        }
        assertThat(failures).isEmpty();
        assertThat(validated).hasSize(57);
    }

    @Test
    void theValidatorCatchesAMissingRequiredField() {
        Schema schema = registry.getSchema(SchemaLocation.of(SPEC_URI + "#/components/schemas/__op_getWorkspace"));
        JsonNode bad = Http.MAPPER.createObjectNode().set("data",
                Http.MAPPER.createObjectNode().set("workspace", Http.MAPPER.createObjectNode().put("id", "x")));
        assertThat(schema.validate(bad)).isNotEmpty();
        JsonNode nullable = Http.MAPPER.createObjectNode().set("data", Http.MAPPER.createObjectNode()
                .set("sources", Http.MAPPER.createArrayNode()));
        assertThat(registry.getSchema(SchemaLocation.of(SPEC_URI + "#/components/schemas/__op_listSources")).validate(nullable))
                .as("pagination is required in 32.0.5").isNotEmpty();
        JsonNode badEnum = Http.MAPPER.createObjectNode().set("data", Http.MAPPER.createObjectNode().put("connectionState", "BROKEN"));
        assertThat(registry.getSchema(SchemaLocation.of(SPEC_URI + "#/components/schemas/__op_getConnectionStateFromWarehouse"))
                .validate(badEnum)).isNotEmpty();
    }
}
