package io.segsync.cli.sync;

import io.segsync.core.sync.SkippedStream;
import io.segsync.core.sync.StreamResult;
import io.segsync.core.sync.SyncListener;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import me.tongfei.progressbar.InteractiveConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Live progress on a terminal: one bar per running stream, redrawn in place on stderr, with rows,
 * rows/s and pages, and a percentage and ETA when Segment sent {@code totalEntries}. A finished bar
 * stays on screen as the stream's summary line.
 */
final class ProgressBars implements SyncListener {
    private final PrintStream err;
    /** Child streams are read once per parent, so one parent's totalEntries says nothing of the whole stream. */
    private final Set<String> children;
    private final int nameWidth;
    private final Map<String, ProgressBar> bars = new ConcurrentHashMap<>();

    ProgressBars(PrintStream err, Set<String> children, int nameWidth) {
        this.err = err;
        this.children = children;
        this.nameWidth = nameWidth;
    }

    @Override
    public void streamStarted(String stream) {
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName(String.format(Locale.ROOT, "%-" + nameWidth + "s", stream))
                .setInitialMax(-1)
                .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
                .setUnit(" rows", 1)
                .showSpeed()
                .setUpdateIntervalMillis(200)
                .setConsumer(new InteractiveConsoleProgressBarConsumer(err))
                .build();
        bars.put(stream, bar);
    }

    @Override
    public void pageLoaded(String stream, long rowsSoFar, long pagesSoFar, OptionalLong totalEntries) {
        ProgressBar bar = bars.get(stream);
        if (bar == null) {
            return;
        }
        if (totalEntries.isPresent() && !children.contains(stream) && totalEntries.getAsLong() >= rowsSoFar) {
            bar.maxHint(totalEntries.getAsLong());
        }
        bar.stepTo(rowsSoFar);
        bar.setExtraMessage(" " + pagesSoFar + (pagesSoFar == 1 ? " page" : " pages"));
    }

    @Override
    public void streamFinished(StreamResult result) {
        ProgressBar bar = bars.remove(result.stream());
        if (bar != null) {
            bar.maxHint(result.rows());
            bar.stepTo(result.rows());
            bar.setExtraMessage(" " + result.pages() + (result.pages() == 1 ? " page" : " pages") + ", done");
            bar.close();
        }
    }

    @Override
    public void streamSkipped(SkippedStream skipped) {
        ProgressBar bar = bars.remove(skipped.stream());
        if (bar != null) {
            bar.setExtraMessage(" skipped");
            bar.close();
        }
        err.println("  " + skipped.stream() + " skipped: " + skipped.reason());
        err.flush();
    }
}
