package io.segsync.sandbox.http;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What a handler sees of an HTTP request: the path parameters already matched, the query decoded. */
public record Request(String path, Map<String, String> pathParams, Map<String, List<String>> query, String accept) {

    public String pathParam(String name) {
        return pathParams.get(name);
    }

    public Optional<String> queryParam(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    public String requiredQueryParam(String name) {
        return queryParam(name).filter(v -> !v.isBlank())
                .orElseThrow(() -> ApiError.validation("\"" + name + "\" is required"));
    }
}
