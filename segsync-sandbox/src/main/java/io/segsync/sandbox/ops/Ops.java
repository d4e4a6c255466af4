package io.segsync.sandbox.ops;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segsync.sandbox.data.ResourceCollection;
import io.segsync.sandbox.data.ResourceList;
import io.segsync.sandbox.data.Workspace;
import io.segsync.sandbox.http.ApiError;
import io.segsync.sandbox.http.Request;
import io.segsync.sandbox.http.RouteTable;
import java.util.List;

/** Helpers the API areas share, and the table of every operation the sandbox serves. */
public final class Ops {
    static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private Ops() {}

    /** Every GET operation of NOTES §2, registered area by area. */
    public static RouteTable all() {
        RouteTable table = new RouteTable();
        WorkspaceOps.register(table);
        SourceOps.register(table);
        DestinationOps.register(table);
        WarehouseOps.register(table);
        CatalogOps.register(table);
        ProtocolsOps.register(table);
        FunctionOps.register(table);
        IamOps.register(table);
        AuditOps.register(table);
        GovernanceOps.register(table);
        UsageOps.register(table);
        MonitoringOps.register(table);
        ReverseEtlOps.register(table);
        EngageOps.register(table);
        SpaceSchemaOps.register(table);
        return table;
    }

    static ObjectNode data() {
        return JSON.objectNode();
    }

    static ObjectNode single(String key, ObjectNode value) {
        ObjectNode data = data();
        data.set(key, value);
        return data;
    }

    static ObjectNode find(Request r, String collection, String id) {
        return r.workspace().find(collection, id).orElseThrow(ApiError::notFound);
    }

    static ResourceList list(List<ObjectNode> items) {
        return ResourceList.of(items);
    }

    /** The current resources of a collection at the given positions. */
    static ResourceList at(Workspace w, String collection, List<Integer> positions) {
        ResourceCollection c = w.resources(collection);
        return ResourceList.select(c, positions);
    }

    static ObjectNode whole(String key, List<ObjectNode> items) {
        ObjectNode data = data();
        data.putArray(key).addAll(items);
        return data;
    }
}
