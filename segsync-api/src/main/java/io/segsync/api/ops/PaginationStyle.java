package io.segsync.api.ops;

/**
 * How an operation pages its results (NOTES.md §2–§3). Each style knows the query parameters it is
 * sent with, the largest page Segment accepts, and whether the response carries a cursor to follow.
 */
public enum PaginationStyle {
    /** No pagination: the whole list (or a single object) in one response; nothing is sent. */
    NONE(0, "", false, "none"),
    /** Standard {@code pagination.count}/{@code pagination.cursor}; follow {@code data.pagination.next}. */
    CURSOR(1000, "pagination", true, "cursor"),
    /** Like CURSOR but with no {@code previous}; {@code totalEntries} is only an upper bound. */
    FORWARD_ONLY(1000, "pagination", true, "forward-only cursor"),
    /** {@code listAudiences}: standard cursor, but {@code ListAudiencesPaginationInput} caps count at 200. */
    AUDIENCES(200, "pagination", true, "cursor, count <= 200"),
    /** Space filters: the cursor is a numeric offset and count is capped at 10. */
    OFFSET(10, "pagination", true, "numeric offset, count <= 10"),
    /** Reverse-ETL sync statuses: top-level {@code count} (<= 100) and {@code cursor} query parameters. */
    TOP_LEVEL_COUNT_CURSOR(100, "", true, "top-level count/cursor, count <= 100"),
    /**
     * {@code listCredentialConsumers}: two lists, each with its own cursor ({@code warehousesPagination},
     * {@code sourcesPagination}); a caller pages one of them at a time (see {@link Operation#subList}).
     */
    TWO_CURSORS(1000, "<list>Pagination", true, "two independent cursors"),
    /** Accepts {@code pagination} but returns no pagination object: one page is all there is. */
    INPUT_ONLY(1000, "pagination", false, "accepts count, returns one page");

    private final int maxCount;
    private final String parameterPrefix;
    private final boolean followsCursor;
    private final String description;

    PaginationStyle(int maxCount, String parameterPrefix, boolean followsCursor, String description) {
        this.maxCount = maxCount;
        this.parameterPrefix = parameterPrefix;
        this.followsCursor = followsCursor;
        this.description = description;
    }

    /** The largest page size Segment accepts for this style (0 for NONE). */
    public int maxCount() {
        return maxCount;
    }

    /** Whether the request carries a page size. */
    public boolean sendsPageSize() {
        return this != NONE;
    }

    /** Whether the response carries a {@code next} cursor to follow. */
    public boolean followsCursor() {
        return followsCursor;
    }

    /** The query parameter of the page size, given the response's pagination key. */
    public String countParameter(String paginationKey) {
        return prefix(paginationKey) + "count";
    }

    /** The query parameter of the cursor, given the response's pagination key. */
    public String cursorParameter(String paginationKey) {
        return prefix(paginationKey) + "cursor";
    }

    private String prefix(String paginationKey) {
        return switch (this) {
            case NONE -> throw new IllegalStateException("an unpaged operation has no pagination parameters");
            case TOP_LEVEL_COUNT_CURSOR -> "";
            default -> paginationKey + ".";
        };
    }

    /** A short human description, for the generated operations table. */
    public String description() {
        return description;
    }

    /** The query-parameter form, for the generated operations table. */
    public String parameterForm() {
        return switch (this) {
            case NONE -> "";
            case TOP_LEVEL_COUNT_CURSOR -> "count, cursor";
            case TWO_CURSORS -> "warehousesPagination.*, sourcesPagination.*";
            default -> parameterPrefix + ".count, " + parameterPrefix + ".cursor";
        };
    }
}
