package io.segsync.sandbox.data;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.SplittableRandom;

/** Sources, destinations, warehouses and labels, each regenerated alone from its index. */
final class ConnectionsGenerator extends Gen {

    ConnectionsGenerator(long seed, WorkspaceSize size, String workspaceId) {
        super(seed, size, workspaceId);
    }

    ObjectNode label(int i) {
        ObjectNode label = obj();
        String key = i < ENVIRONMENTS.length ? "environment" : i % 2 == 0 ? "team" : "cost-center";
        String value = i < ENVIRONMENTS.length ? ENVIRONMENTS[i]
                : key.equals("team") ? TEAMS[i % TEAMS.length] + "-" + i : "cc-" + (1000 + i);
        label.put("key", key);
        label.put("value", value);
        label.put("description", "Resources owned by " + key + " " + value);
        return label;
    }

    static String labelId(ObjectNode label) {
        return label.path("key").asText() + ":" + label.path("value").asText();
    }

    String labelId(int i) {
        return labelId(label(i));
    }

    private CatalogEntries.Entry sourceKind(int i) {
        return CatalogEntries.SOURCES.get(rnd("source-kind", i).nextInt(CatalogEntries.SOURCES.size()));
    }

    String sourceName(int i) {
        SplittableRandom r = rnd("source", i);
        return capitalize(TEAMS[r.nextInt(TEAMS.length)]) + " " + sourceKind(i).name() + " " + i;
    }

    String sourceSlug(int i) {
        SplittableRandom r = rnd("source", i);
        return TEAMS[r.nextInt(TEAMS.length)] + "_" + sourceKind(i).slug().replace('-', '_') + "_" + i;
    }

    ObjectNode source(int i) {
        SplittableRandom r = rnd("source", i);
        r.nextInt(TEAMS.length);
        CatalogEntries.Entry kind = sourceKind(i);
        ObjectNode s = obj();
        s.put("id", id("source", i));
        s.put("slug", sourceSlug(i));
        s.put("name", sourceName(i));
        s.put("workspaceId", workspaceId);
        s.put("enabled", r.nextInt(10) != 0);
        s.putArray("writeKeys").add(id("write-key", i) + id("write-key-tail", i).substring(0, 10));
        s.set("metadata", CatalogEntries.sourceMetadata(kind));
        ObjectNode settings = s.putObject("settings");
        if (kind.secretSetting() != null) {
            settings.put(kind.secretSetting(), "sk_" + id("source-secret", i));
        }
        settings.put("isSandbox", r.nextBoolean());
        var labels = s.putArray("labels");
        if (size.labels() > 0) {
            ObjectNode label = label(r.nextInt(size.labels()));
            labels.add(label);
        }
        return s;
    }

    /** The base index of the source a destination reads from; cheap, for parent indexes. */
    int sourceOfDestination(int i) {
        return rnd("destination-source", i).nextInt(size.sources());
    }

    String sourceId(int i) {
        return id("source", i);
    }

    String destinationSourceId(int i) {
        return id("source", sourceOfDestination(i));
    }

    String destinationName(int i) {
        CatalogEntries.Entry kind = CatalogEntries.DESTINATIONS.get(rnd("destination", i).nextInt(CatalogEntries.DESTINATIONS.size()));
        return kind.name() + " for " + sourceName(sourceOfDestination(i));
    }

    ObjectNode destination(int i) {
        SplittableRandom r = rnd("destination", i);
        CatalogEntries.Entry kind = CatalogEntries.DESTINATIONS.get(r.nextInt(CatalogEntries.DESTINATIONS.size()));
        int source = sourceOfDestination(i);
        ObjectNode d = obj();
        d.put("id", id("destination", i));
        d.put("name", kind.name() + " for " + sourceName(source));
        d.put("enabled", r.nextInt(5) != 0);
        d.set("metadata", CatalogEntries.destinationMetadata(kind));
        d.put("sourceId", id("source", source));
        ObjectNode settings = d.putObject("settings");
        settings.put(kind.secretSetting(), "secret_" + id("destination-secret", i));
        settings.put("region", r.nextBoolean() ? "us" : "eu");
        settings.put("sendAnonymousId", r.nextBoolean());
        return d;
    }

    String warehouseName(int i) {
        CatalogEntries.Entry kind = CatalogEntries.WAREHOUSES.get(rnd("warehouse", i).nextInt(CatalogEntries.WAREHOUSES.size()));
        return kind.name() + " " + ENVIRONMENTS[i % ENVIRONMENTS.length] + " " + i;
    }

    ObjectNode warehouse(int i) {
        SplittableRandom r = rnd("warehouse", i);
        CatalogEntries.Entry kind = CatalogEntries.WAREHOUSES.get(r.nextInt(CatalogEntries.WAREHOUSES.size()));
        ObjectNode w = obj();
        w.put("id", id("warehouse", i));
        w.set("metadata", CatalogEntries.warehouseMetadata(kind));
        w.put("workspaceId", workspaceId);
        w.put("enabled", r.nextInt(6) != 0);
        ObjectNode settings = w.putObject("settings");
        settings.put("name", warehouseName(i));
        settings.put("hostname", kind.slug() + "-" + i + ".example.internal");
        settings.put("port", 5432 + i % 1000);
        settings.put("username", "segment_loader");
        settings.put(kind.secretSetting(), "pw_" + id("warehouse-secret", i));
        return w;
    }
}
