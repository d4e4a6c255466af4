package io.segsync.cli.sync;

import io.segsync.core.sync.SkippedStream;
import io.segsync.core.sync.StreamResult;
import io.segsync.core.sync.SyncListener;
import java.io.PrintWriter;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * Progress for logs and pipes, where a redrawn bar would be noise: plain timestamped lines on stderr,
 * one when a stream starts, one every 50 pages, one when it ends. No control characters.
 */
final class ProgressLines implements SyncListener {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private final PrintWriter err;

    ProgressLines(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void streamStarted(String stream) {
        err.printf(Locale.ROOT, "%s %-22s reading%n", LocalTime.now().format(TIME), stream);
        err.flush();
    }

    @Override
    public void pageLoaded(String stream, long rowsSoFar, long pagesSoFar, OptionalLong totalEntries) {
        if (pagesSoFar % 50 == 0) {
            err.printf(Locale.ROOT, "%s %-22s %,d rows, %,d pages%n", LocalTime.now().format(TIME), stream, rowsSoFar, pagesSoFar);
            err.flush();
        }
    }

    @Override
    public void streamFinished(StreamResult result) {
        err.printf(Locale.ROOT, "%s %-22s %,d rows in %.2f s%n", LocalTime.now().format(TIME), result.stream(),
                result.rows(), result.elapsed().toNanos() / 1e9);
        err.flush();
    }

    @Override
    public void streamSkipped(SkippedStream skipped) {
        err.printf(Locale.ROOT, "%s %-22s skipped: %s%n", LocalTime.now().format(TIME), skipped.stream(), skipped.reason());
        err.flush();
    }
}
