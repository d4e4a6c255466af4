package io.segsync.core.catalog;

/** How a stream changes, which decides how CDC keeps it current (DESIGN.md §5). */
public enum StreamKind {
    /** Configuration without a reliable updatedAt: CDC diffs each snapshot, deletes included. */
    SNAPSHOT,
    /** Timestamped and append-only (the audit trail): CDC follows a watermark with an overlap window. */
    APPEND_ONLY,
    /** Metrics over time buckets: CDC re-reads a trailing window and upserts by (key, period). */
    WINDOWED
}
