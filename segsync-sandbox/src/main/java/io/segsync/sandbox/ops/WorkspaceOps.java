package io.segsync.sandbox.ops;

import static io.segsync.sandbox.http.ApiVersion.V1;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segsync.sandbox.data.ResourceList;
import io.segsync.sandbox.http.RouteTable;

/** The workspace itself, labels, and the echo test operation. */
final class WorkspaceOps {
    private WorkspaceOps() {}

    static void register(RouteTable t) {
        t.get("getWorkspace", "/", V1, r -> Ops.single("workspace", r.workspace().identity()));
        t.get("listLabels", "/labels", V1, r -> {
            ObjectNode data = Ops.data();
            ResourceList labels = r.workspace().collection("labels");
            var array = data.putArray("labels");
            for (int i = 0; i < labels.size(); i++) {
                array.add(labels.get(i));
            }
            return data;
        });
        t.get("echo", "/echo", V1, r -> {
            ObjectNode data = Ops.data();
            data.put("method", "get");
            data.put("message", r.requiredQueryParam("message"));
            ObjectNode headers = data.putObject("headers");
            headers.put("accept", r.accept() == null ? "" : r.accept());
            return data;
        });
    }
}
