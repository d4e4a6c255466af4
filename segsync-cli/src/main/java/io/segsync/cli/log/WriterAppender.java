package io.segsync.cli.log;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.Layout;
import java.io.PrintWriter;

/** Appends to the command's own error stream, so that {@code --verbose} output follows the command (and tests see it). */
final class WriterAppender extends AppenderBase<ILoggingEvent> {
    private final PrintWriter err;
    private final Layout<ILoggingEvent> layout;

    WriterAppender(PrintWriter err, Layout<ILoggingEvent> layout) {
        this.err = err;
        this.layout = layout;
    }

    @Override
    protected void append(ILoggingEvent event) {
        synchronized (err) {
            err.print(layout.doLayout(event));
            err.flush();
        }
    }
}
