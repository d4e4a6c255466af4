package io.segsync.api.ops;

import java.util.List;
import java.util.Objects;

/**
 * One read operation of the Segment Public API: everything the client needs to call it correctly.
 *
 * @param id              Segment's operationId
 * @param pathTemplate    path with {@code {param}} placeholders
 * @param version         the most stable version the operation has; sent in {@code Accept}
 * @param listKey         the key of the list under {@code data}, or the single object's key
 * @param pagination      how it pages
 * @param requiredQuery   query parameters Segment rejects the call without
 * @param perMinuteLimit  the operation's own published limit, 0 when only the token's limit applies
 */
public record Operation(
        String id,
        String pathTemplate,
        ApiVersion version,
        String listKey,
        PaginationStyle pagination,
        List<String> requiredQuery,
        int perMinuteLimit) {

    public Operation {
        Objects.requireNonNull(id);
        Objects.requireNonNull(pathTemplate);
        Objects.requireNonNull(version);
        Objects.requireNonNull(listKey);
        Objects.requireNonNull(pagination);
        requiredQuery = List.copyOf(requiredQuery);
    }

    public boolean isPaged() {
        return pagination != PaginationStyle.NONE;
    }

    public List<String> pathParameters() {
        return java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(pathTemplate).results()
                .map(m -> m.group(1)).toList();
    }
}
