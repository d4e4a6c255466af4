package io.segsync.core.sync;

import java.time.Duration;

/**
 * What one stream did in a run.
 *
 * @param rows      rows read from the API (after de-duplication)
 * @param inserted  rows inserted into the target (full load: all rows)
 * @param updated   rows whose values changed
 * @param deleted   rows soft-deleted because they disappeared from the source
 * @param unchanged rows read that needed no write
 */
public record StreamResult(String stream, long rows, long pages, Duration elapsed,
                           long inserted, long updated, long deleted, long unchanged) {

    /** A full load's result: every row read is written. */
    public StreamResult(String stream, long rows, long pages, Duration elapsed) {
        this(stream, rows, pages, elapsed, rows, 0, 0, 0);
    }
}
