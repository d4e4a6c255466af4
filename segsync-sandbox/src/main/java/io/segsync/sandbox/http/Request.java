package io.segsync.sandbox.http;

import io.segsync.sandbox.data.Workspace;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a handler sees of an HTTP request: the workspace of the token, the path parameters already
 * matched, the query decoded, and the sandbox's clock (for "now" in window checks).
 */
public record Request(Workspace workspace, String path, Map<String, String> pathParams,
                      Map<String, List<String>> query, String accept, Instant now) {

    public String pathParam(String name) {
        return pathParams.get(name);
    }

    public Optional<String> queryParam(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** A list parameter: repeated ({@code a=1&a=2}), indexed ({@code a[0]=1}) or comma separated. */
    public List<String> queryList(String name) {
        List<String> out = new ArrayList<>();
        query.forEach((key, values) -> {
            if (key.equals(name) || key.startsWith(name + "[") || key.startsWith(name + ".")) {
                for (String v : values) {
                    for (String part : v.split(",")) {
                        if (!part.isBlank()) {
                            out.add(part.trim());
                        }
                    }
                }
            }
        });
        return out;
    }

    public String requiredQueryParam(String name) {
        return queryParam(name).filter(v -> !v.isBlank())
                .orElseThrow(() -> ApiError.validation("\"" + name + "\" is required", name));
    }
}
