package io.segsync.cli;

import io.segsync.cli.connection.SegsyncHome;
import io.segsync.cli.log.RunLog;
import io.segsync.cli.output.Output;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/** Entry point of the {@code segsync} command. */
public final class Main {
    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {}

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        // Java 17: a console exists only when stdin and stdout are terminals; progress bars need that.
        boolean terminal = System.console() != null;
        System.exit(run(args, SegsyncHome.resolve(), System::getenv, out, err, terminal));
    }

    /** Runs one command without a terminal; tests call this in-process with their own home, environment and streams. */
    public static int run(String[] args, Path home, UnaryOperator<String> env, PrintWriter out, PrintWriter err) {
        return run(args, home, env, out, err, false);
    }

    public static int run(String[] args, Path home, UnaryOperator<String> env, PrintWriter out, PrintWriter err,
                          boolean terminal) {
        SegsyncCommand root = new SegsyncCommand(home, env, terminal);
        CommandLine cmd = new CommandLine(root);
        cmd.setOut(out);
        cmd.setErr(err);
        ErrorReporter errors = new ErrorReporter();
        cmd.setExecutionExceptionHandler(errors);
        cmd.setParameterExceptionHandler((ex, a) -> {
            String message = ex.getMessage() + " (see '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help')";
            ex.getCommandLine().getErr().println("segsync: " + message);
            // Parsing failed, so the options are not bound: look for --json among the raw words.
            if (Arrays.asList(args).contains("--json")) {
                out.println(Output.error(ExitCode.USAGE, message));
                out.flush();
            }
            return ExitCode.USAGE;
        });
        cmd.setExecutionStrategy(parseResult -> executeWithRunLog(parseResult, root, home, err, errors));
        return cmd.execute(args);
    }

    /** Every command that does work gets a log file of its own; help and version do not. */
    private static int executeWithRunLog(ParseResult parseResult, SegsyncCommand root, Path home, PrintWriter err,
                                         ErrorReporter errors) {
        if (helpOrVersion(parseResult)) {
            return new CommandLine.RunLast().execute(parseResult);
        }
        boolean verbose = root.verboseRequested();
        RunLog started;
        try {
            started = RunLog.start(home, verbose, err);
        } catch (CliException e) {
            return errors.handleExecutionException(e, parseResult.commandSpec().commandLine(), parseResult);
        }
        try (RunLog log = started) {
            List<String> words = parseResult.asCommandLineList().stream()
                    .map(c -> c.getCommandSpec().name()).toList();
            LOG.info("{} (run {}, log {})", String.join(" ", words), log.runId(), log.file());
            int code;
            try {
                code = new CommandLine.RunLast().execute(parseResult);
            } catch (CommandLine.ExecutionException e) {
                // Reported here, not by picocli after this method, so that the failure lands in this run's log.
                if (!(e.getCause() instanceof Exception cause)) {
                    throw e;
                }
                code = errors.handleExecutionException(cause, e.getCommandLine(), parseResult);
            }
            LOG.info("exit code {}", code);
            return code;
        }
    }

    private static boolean helpOrVersion(ParseResult parseResult) {
        for (ParseResult pr = parseResult; pr != null; pr = pr.subcommand()) {
            if (pr.isUsageHelpRequested() || pr.isVersionHelpRequested()) {
                return true;
            }
        }
        return false;
    }
}
