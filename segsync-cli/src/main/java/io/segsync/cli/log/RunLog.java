package io.segsync.cli.log;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.FileAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import io.segsync.cli.CliException;
import io.segsync.cli.ExitCode;
import io.segsync.cli.connection.SecureFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.LoggerFactory;

/**
 * One log file per run under {@code $SEGSYNC_HOME/logs/}, owner-only, every line redacted. Old files
 * are pruned when a run starts: the newest {@value #KEEP_FILES} are kept, within {@value #MAX_TOTAL_BYTES}
 * bytes. With {@code --verbose}, the same (redacted) lines also go to the command's stderr at DEBUG.
 * Configured here, at run time, because only then is the home known (tests bring their own).
 */
public final class RunLog implements AutoCloseable {
    public static final int KEEP_FILES = 30;
    public static final long MAX_TOTAL_BYTES = 100L * 1024 * 1024;
    static final String PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%thread] %logger{30} - %msg%n";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss.SSS");

    private final LoggerContext context;
    private final Path file;
    private final String runId;

    private RunLog(LoggerContext context, Path file, String runId) {
        this.context = context;
        this.file = file;
        this.runId = runId;
    }

    public static RunLog start(Path home, boolean verbose, PrintWriter err) {
        String runId = UUID.randomUUID().toString().substring(0, 8);
        Path dir = home.resolve("logs");
        Path file = dir.resolve("segsync-" + LocalDateTime.now().format(STAMP) + "-" + runId + ".log");
        try {
            SecureFiles.ensureDirectory(dir);
            prune(dir, KEEP_FILES - 1, MAX_TOTAL_BYTES);
            SecureFiles.createOwnerOnly(file);
        } catch (IOException e) {
            throw new CliException(ExitCode.UNEXPECTED, "cannot create the log file " + file + " (" + e.getMessage()
                    + "): check that $SEGSYNC_HOME is writable");
        }
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        context.getLogger("io.segsync").setLevel(Level.DEBUG);

        FileAppender<ILoggingEvent> toFile = new FileAppender<>();
        toFile.setContext(context);
        toFile.setName("run-file");
        toFile.setFile(file.toString());
        toFile.setAppend(true);
        toFile.setEncoder(encoder(context));
        toFile.start();
        root.addAppender(toFile);

        if (verbose) {
            WriterAppender toErr = new WriterAppender(err, layout(context));
            toErr.setContext(context);
            toErr.setName("verbose-stderr");
            ThresholdFilter debug = new ThresholdFilter();
            debug.setLevel("DEBUG");
            debug.start();
            toErr.addFilter(debug);
            toErr.start();
            root.addAppender(toErr);
        }
        return new RunLog(context, file, runId);
    }

    public Path file() {
        return file;
    }

    public String runId() {
        return runId;
    }

    private static RedactingLayout layout(LoggerContext context) {
        RedactingLayout layout = new RedactingLayout();
        layout.setContext(context);
        layout.setPattern(PATTERN);
        layout.start();
        return layout;
    }

    private static LayoutWrappingEncoder<ILoggingEvent> encoder(LoggerContext context) {
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(layout(context));
        encoder.start();
        return encoder;
    }

    /** Deletes the oldest run logs until at most {@code keep} remain and they total at most {@code maxBytes}. */
    static void prune(Path dir, int keep, long maxBytes) throws IOException {
        List<Path> logs;
        try (Stream<Path> files = Files.list(dir)) {
            // Names start with a sortable timestamp, so name order is age order.
            logs = new ArrayList<>(files.filter(p -> p.getFileName().toString().matches("segsync-.*\\.log")).sorted().toList());
        }
        long total = 0;
        for (Path p : logs) {
            total += Files.size(p);
        }
        while (!logs.isEmpty() && (logs.size() > keep || total > maxBytes)) {
            Path oldest = logs.remove(0);
            total -= Files.size(oldest);
            Files.deleteIfExists(oldest);
        }
    }

    /** Closes the file; later log calls in this JVM go nowhere until the next run configures logging. */
    @Override
    public void close() {
        context.reset();
    }
}
