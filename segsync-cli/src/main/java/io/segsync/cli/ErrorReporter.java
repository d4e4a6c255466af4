package io.segsync.cli;

import io.segsync.api.error.AuthenticationFailedException;
import io.segsync.api.error.PermissionDeniedException;
import io.segsync.api.error.SegmentApiException;
import io.segsync.cli.output.Output;
import io.segsync.core.target.TargetException;
import java.io.PrintWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Turns any failure of a command into one line on stderr (and, with {@code --json}, a JSON error on
 * stdout) and an exit code. Stack traces go to the run's log file only, never to the user's terminal.
 */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorReporter.class);

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        int code = exitCodeOf(e);
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (!isKnown(e)) {
            LOG.error("unexpected failure", e);
            message = "unexpected failure (" + e.getClass().getSimpleName() + "): " + message
                    + " (details in the run's log under $SEGSYNC_HOME/logs; please report it)";
        } else {
            LOG.warn("failed with exit code {}: {}", code, message);
            LOG.debug("failure detail", e);
        }
        err.println("segsync: " + message);
        err.flush();
        if (json(cmd)) {
            cmd.getOut().println(Output.error(code, message));
            cmd.getOut().flush();
        }
        return code;
    }

    private static boolean json(CommandLine cmd) {
        Object root = cmd.getCommandSpec().root().userObject();
        try {
            return root instanceof SegsyncCommand s && s.mode().json();
        } catch (CliException contradictoryOptions) {
            return false;
        }
    }

    static int exitCodeOf(Throwable e) {
        if (e instanceof CliException c) {
            return c.exitCode();
        }
        if (e instanceof AuthenticationFailedException || e instanceof PermissionDeniedException) {
            return ExitCode.AUTH;
        }
        if (e instanceof TargetException) {
            return ExitCode.TARGET;
        }
        // Unreachable hosts, exhausted retries: not the user's input, not a bug either.
        return ExitCode.UNEXPECTED;
    }

    /** Failures whose message is written for the user; anything else is a bug worth a report. */
    private static boolean isKnown(Throwable e) {
        return e instanceof CliException || e instanceof SegmentApiException || e instanceof TargetException;
    }
}
