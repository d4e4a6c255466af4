package io.segsync.sandbox.data;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Functions, their versions and the instances of insert functions. */
final class FunctionsGenerator extends Gen {
    static final String[] RESOURCE_TYPES = {"SOURCE", "DESTINATION", "INSERT_DESTINATION", "INSERT_SOURCE"};
    static final int VERSIONS = 3;
    private final ConnectionsGenerator connections;
    private final IamGenerator iam;

    FunctionsGenerator(long seed, WorkspaceSize size, String workspaceId, ConnectionsGenerator connections, IamGenerator iam) {
        super(seed, size, workspaceId);
        this.connections = connections;
        this.iam = iam;
    }

    ObjectNode function(int i) {
        SplittableRandom r = rnd("function", i);
        String type = RESOURCE_TYPES[i % RESOURCE_TYPES.length];
        ObjectNode f = obj();
        String id = "sfn_" + id("function", i);
        f.put("id", id);
        f.put("resourceType", type);
        Instant created = past(r, 60, 400);
        f.put("createdAt", iso(created));
        f.put("createdBy", size.users() > 0 ? id("user", r.nextInt(size.users())) : workspaceId);
        f.put("code", "async function onTrack(event, settings) {\n  return event;\n}\n");
        f.put("deployedAt", iso(created.plus(1 + r.nextInt(50), ChronoUnit.DAYS)));
        ArrayNode settings = f.putArray("settings");
        ObjectNode apiKey = settings.addObject();
        apiKey.put("name", "apiKey");
        apiKey.put("label", "API Key");
        apiKey.put("description", "Key of the downstream service.");
        apiKey.put("type", "STRING");
        apiKey.put("required", true);
        apiKey.put("sensitive", true);
        f.put("displayName", capitalize(TEAMS[i % TEAMS.length]) + " " + type.toLowerCase().replace('_', ' ') + " function " + i);
        f.put("description", "Custom logic of the " + TEAMS[i % TEAMS.length] + " team.");
        f.put("logoUrl", "https://cdn.example.com/functions/" + i + ".svg");
        f.put("previewWebhookUrl", "https://fn.segmentapis.example/" + id);
        f.put("batchMaxCount", 0);
        f.put("catalogId", id("function-catalog", i));
        f.put("isLatestVersion", true);
        return f;
    }

    List<ObjectNode> versions(String functionId) {
        List<ObjectNode> out = new ArrayList<>();
        for (int v = VERSIONS; v >= 1; v--) {
            SplittableRandom r = rnd("function-version-" + functionId, v);
            ObjectNode version = obj();
            version.put("id", id("function-version-" + functionId, v));
            version.put("functionId", functionId);
            version.put("version", v);
            version.put("isDeployed", v == VERSIONS);
            version.put("createdAt", iso(past(r, 10 + (VERSIONS - v) * 30, 20)));
            version.put("code", "// version " + v + "\nasync function onTrack(event) { return event; }\n");
            out.add(version);
        }
        return out;
    }

    List<ObjectNode> insertInstances(ObjectNode function) {
        List<ObjectNode> out = new ArrayList<>();
        String type = function.path("resourceType").asText();
        if (!type.startsWith("INSERT_") || size.destinations() == 0) {
            return out;
        }
        String functionId = function.path("id").asText();
        SplittableRandom r = rnd("insert-instances", functionId.hashCode());
        int count = 1 + r.nextInt(2);
        for (int k = 0; k < count; k++) {
            ObjectNode instance = obj();
            instance.put("id", id("insert-instance-" + functionId, k));
            instance.put("name", function.path("displayName").asText() + " instance " + k);
            instance.put("integrationId", type.equals("INSERT_SOURCE")
                    ? connections.sourceId(r.nextInt(size.sources())) : id("destination", r.nextInt(size.destinations())));
            instance.put("classId", functionId);
            instance.put("enabled", r.nextBoolean());
            instance.put("createdAt", iso(past(r, 5, 100)));
            instance.put("updatedAt", iso(past(r, 0, 5)));
            instance.putObject("settings").put("apiKey", "fn_secret_" + id("insert-secret-" + functionId, k));
            instance.putObject("encryptedSettings");
            out.add(instance);
        }
        return out;
    }

    String creatorEmail(int userIndex) {
        return iam.userEmail(userIndex);
    }
}
