package io.segsync.api.ops;

/** How an operation pages its results (NOTES.md §2–§3). */
public enum PaginationStyle {
    /** No pagination: the whole list in one response. */
    NONE(0),
    /** Standard {@code pagination.count}/{@code pagination.cursor} with {@code data.pagination.next}. */
    CURSOR(1000);

    private final int maxCount;

    PaginationStyle(int maxCount) {
        this.maxCount = maxCount;
    }

    /** The largest page size Segment accepts for this style. */
    public int maxCount() {
        return maxCount;
    }
}
