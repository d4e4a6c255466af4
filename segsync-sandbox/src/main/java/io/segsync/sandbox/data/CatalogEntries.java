package io.segsync.sandbox.data;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;

/** The integration catalog the generated workspace draws from: a few real-world names per kind. */
final class CatalogEntries {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    record Entry(String id, String name, String category, String secretSetting) {
        String slug() {
            return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        }
    }

    static final List<Entry> SOURCES = List.of(
            new Entry("IqDTy1TpoU", "Javascript", "Website", null),
            new Entry("UBrsG9RVzw", "iOS", "Mobile", null),
            new Entry("V6ynUvQgeQ", "Android", "Mobile", null),
            new Entry("yMDfpbvqtH", "Node.js", "Server", null),
            new Entry("xqegKCQA0W", "HTTP API", "Server", null),
            new Entry("wvJYCsJUIb", "Salesforce", "CRM", "accessToken"));

    static final List<Entry> DESTINATIONS = List.of(
            new Entry("54521fd725e721e32a72eebb", "Google Analytics 4", "Analytics", "apiSecret"),
            new Entry("54521fd525e721e32a72ee8f", "Amplitude", "Analytics", "apiKey"),
            new Entry("54521fd725e721e32a72eec6", "Mixpanel", "Analytics", "apiSecret"),
            new Entry("54efbf12db31d978f14aa8b5", "Braze", "Marketing Automation", "restApiKey"),
            new Entry("54521fd625e721e32a72eea8", "Intercom", "Customer Success", "accessToken"),
            new Entry("5a4d6b2f6d4a8b0001b5ce13", "Webhooks", "Raw Data", "sharedSecret"),
            new Entry("5e8b6a9c2e2a9e0001a5c0f1", "Amazon S3", "Raw Data", "secretAccessKey"));

    static final List<Entry> WAREHOUSES = List.of(
            new Entry("aea3bc5b5d", "Snowflake", "Warehouse", "password"),
            new Entry("3e2b1a7c9f", "BigQuery", "Warehouse", "credentials"),
            new Entry("55d3d3aea3", "Redshift", "Warehouse", "password"),
            new Entry("8b7a8c1d2e", "Postgres", "Warehouse", "password"));

    private CatalogEntries() {}

    static ObjectNode logos(Entry e) {
        ObjectNode logos = JSON.objectNode();
        logos.put("default", "https://cdn.filepicker.io/api/file/" + e.id() + "-default.svg");
        logos.put("mark", "https://cdn.filepicker.io/api/file/" + e.id() + "-mark.svg");
        return logos;
    }

    static ArrayNode options(Entry e) {
        ArrayNode options = JSON.arrayNode();
        if (e.secretSetting() != null) {
            ObjectNode secret = options.addObject();
            secret.put("name", e.secretSetting());
            secret.put("type", "password");
            secret.put("required", true);
            secret.put("description", "Credential used to reach " + e.name() + ".");
            secret.put("label", e.secretSetting());
        }
        ObjectNode region = options.addObject();
        region.put("name", "region");
        region.put("type", "string");
        region.put("required", false);
        region.put("description", "Data region.");
        region.put("label", "Region");
        return options;
    }

    static ObjectNode sourceMetadata(Entry e) {
        ObjectNode m = JSON.objectNode();
        m.put("id", e.id());
        m.put("name", e.name());
        m.put("slug", e.slug());
        m.put("description", e.name() + " source.");
        m.set("logos", logos(e));
        m.set("options", options(e));
        m.putArray("categories").add(e.category());
        m.put("isCloudEventSource", "CRM".equals(e.category()));
        return m;
    }

    static ObjectNode destinationMetadata(Entry e) {
        ObjectNode m = JSON.objectNode();
        m.put("id", e.id());
        m.put("name", e.name());
        m.put("description", "Send your data to " + e.name() + ".");
        m.put("slug", e.slug());
        m.set("logos", logos(e));
        m.set("options", options(e));
        m.put("status", "PUBLIC");
        m.putArray("previousNames").add(e.name());
        m.putArray("categories").add(e.category());
        m.put("website", "https://www.example.com/" + e.slug());
        ObjectNode component = m.putArray("components").addObject();
        component.put("type", "SERVER");
        component.put("code", "https://github.com/segmentio/integrations/tree/master/integrations/" + e.slug());
        component.put("owner", "SEGMENT");
        ObjectNode features = m.putObject("supportedFeatures");
        features.put("cloudModeInstrumentation", true);
        features.put("deviceModeInstrumentation", false);
        features.put("replay", true);
        features.put("browserUnbundling", false);
        ObjectNode methods = m.putObject("supportedMethods");
        for (String method : new String[] {"track", "identify", "page", "group", "alias"}) {
            methods.put(method, true);
        }
        ObjectNode platforms = m.putObject("supportedPlatforms");
        platforms.put("browser", true);
        platforms.put("server", true);
        platforms.put("mobile", true);
        m.putArray("actions");
        m.putArray("presets");
        m.putArray("contacts");
        m.put("partnerOwned", false);
        return m;
    }

    static ObjectNode warehouseMetadata(Entry e) {
        ObjectNode m = JSON.objectNode();
        m.put("id", e.id());
        m.put("name", e.name());
        m.put("slug", e.slug());
        m.put("description", e.name() + " data warehouse.");
        m.set("logos", logos(e));
        m.set("options", options(e));
        return m;
    }
}
