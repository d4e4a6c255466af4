package io.segsync.api.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One read operation of the Segment Public API: everything the client needs to call it correctly.
 * Defined once, in the area classes ({@link ConnectionOps}, {@link ProtocolsOps}, {@link AccessOps},
 * {@link MonitoringOps}, {@link EngageOps}); {@link Operations} is the registry.
 *
 * @param id             Segment's operationId
 * @param pathTemplate   path with {@code {param}} placeholders
 * @param version        the most stable version the operation has; sent in {@code Accept}
 * @param listKey        the key of the list under {@code data} (list operations), or of the main field
 * @param pagination     how it pages
 * @param requiredQuery  query parameters Segment rejects the call without ({@code period}, time windows...)
 * @param perMinuteLimit the operation's own published limit, 0 when only the token's limit applies
 * @param area           the API area, as NOTES.md §2 groups it
 * @param gating         what the workspace needs for it (feature or plan), empty when nothing
 * @param returnsList    whether {@code data.<listKey>} is a list of records (read with forEachPage)
 * @param otherLists     for {@link PaginationStyle#TWO_CURSORS}: the other independently paged lists
 */
public record Operation(
        String id,
        String pathTemplate,
        ApiVersion version,
        String listKey,
        PaginationStyle pagination,
        List<String> requiredQuery,
        int perMinuteLimit,
        Area area,
        String gating,
        boolean returnsList,
        List<String> otherLists) {

    private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");

    public Operation {
        Objects.requireNonNull(id);
        Objects.requireNonNull(pathTemplate);
        Objects.requireNonNull(version);
        Objects.requireNonNull(listKey);
        Objects.requireNonNull(pagination);
        Objects.requireNonNull(area);
        Objects.requireNonNull(gating);
        requiredQuery = List.copyOf(requiredQuery);
        otherLists = List.copyOf(otherLists);
        if (pagination != PaginationStyle.NONE && !returnsList) {
            throw new IllegalArgumentException(id + ": a paged operation returns a list");
        }
        if ((pagination == PaginationStyle.TWO_CURSORS) == otherLists.isEmpty()) {
            throw new IllegalArgumentException(id + ": other lists go with TWO_CURSORS pagination, and only there");
        }
    }

    /** Starts a definition; see the area classes. */
    public static Builder define(Area area, String id, String pathTemplate) {
        return new Builder(area, id, pathTemplate);
    }

    public boolean isPaged() {
        return pagination != PaginationStyle.NONE;
    }

    /** The key of the pagination object in the response: {@code pagination}, or {@code <list>Pagination} for two-cursor operations. */
    public String paginationKey() {
        return pagination == PaginationStyle.TWO_CURSORS ? listKey + "Pagination" : "pagination";
    }

    /** All lists this operation pages independently: the list key, then the other lists. */
    public List<String> lists() {
        List<String> all = new ArrayList<>();
        all.add(listKey);
        all.addAll(otherLists);
        return all;
    }

    /**
     * For a two-cursor operation, the same operation reading another of its lists, e.g.
     * {@code LIST_CREDENTIAL_CONSUMERS.subList("sources")}: it sends {@code sourcesPagination.*} and
     * follows {@code data.sourcesPagination.next}. The operation as registered reads its first list.
     */
    public Operation subList(String list) {
        if (list.equals(listKey)) {
            return this;
        }
        if (!otherLists.contains(list)) {
            throw new IllegalArgumentException(id + " has no list '" + list + "'; it has " + lists());
        }
        List<String> others = new ArrayList<>(lists());
        others.remove(list);
        return new Operation(id, pathTemplate, version, list, pagination, requiredQuery, perMinuteLimit, area, gating,
                returnsList, others);
    }

    public List<String> pathParameters() {
        return PARAM.matcher(pathTemplate).results().map(m -> m.group(1)).toList();
    }

    /** How the client paces this operation: its own published limit, or the token's default class. */
    public String rateClass() {
        if (perMinuteLimit > 0) {
            return perMinuteLimit + "/min";
        }
        return switch (version) {
            case V1 -> "token default";
            case V1BETA -> "token default (beta: flexible)";
            case V1ALPHA -> "token default (alpha: strict)";
        };
    }

    @Override
    public String toString() {
        return id;
    }

    /** Builds one definition; reads like a row of NOTES.md §2. */
    public static final class Builder {
        private final Area area;
        private final String id;
        private final String path;
        private ApiVersion version = ApiVersion.V1;
        private String key;
        private PaginationStyle pagination = PaginationStyle.NONE;
        private boolean list;
        private List<String> required = List.of();
        private int perMinute;
        private String gating;
        private List<String> otherLists = List.of();

        private Builder(Area area, String id, String path) {
            this.area = area;
            this.id = id;
            this.path = path;
            this.gating = area.gating();
        }

        /** A single object under {@code data.<key>}. */
        public Operation single(String key) {
            this.key = key;
            return build();
        }

        /** A list under {@code data.<key>} with standard cursor pagination. */
        public Operation list(String key) {
            return list(key, PaginationStyle.CURSOR);
        }

        /** A list under {@code data.<key>} with the given pagination. */
        public Operation list(String key, PaginationStyle style) {
            this.key = key;
            this.list = true;
            this.pagination = style;
            return build();
        }

        /** A list under {@code data.<key>} returned whole, without pagination. */
        public Operation unpagedList(String key) {
            return list(key, PaginationStyle.NONE);
        }

        /** Two lists, each with its own {@code <list>Pagination} cursor. */
        public Operation twoCursorLists(String first, String second) {
            this.otherLists = List.of(second);
            return list(first, PaginationStyle.TWO_CURSORS);
        }

        public Builder alpha() {
            version = ApiVersion.V1ALPHA;
            return this;
        }

        public Builder beta() {
            version = ApiVersion.V1BETA;
            return this;
        }

        public Builder requires(String... params) {
            required = List.of(params);
            return this;
        }

        public Builder perMinute(int limit) {
            perMinute = limit;
            return this;
        }

        /** Overrides the area's gating note for this operation. */
        public Builder gated(String note) {
            gating = note;
            return this;
        }

        private Operation build() {
            return new Operation(id, path, version, key, pagination, required, perMinute, area, gating, list, otherLists);
        }
    }
}
