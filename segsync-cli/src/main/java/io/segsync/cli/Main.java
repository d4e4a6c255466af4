package io.segsync.cli;

import io.segsync.cli.connection.SegsyncHome;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import picocli.CommandLine;

/** Entry point of the {@code segsync} command. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        System.exit(run(args, SegsyncHome.resolve(), System::getenv, out, err));
    }

    /** Runs one command; tests call this in-process with their own home, environment and streams. */
    public static int run(String[] args, Path home, UnaryOperator<String> env, PrintWriter out, PrintWriter err) {
        CommandLine cmd = new CommandLine(new SegsyncCommand(home, env));
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setExecutionExceptionHandler(new ErrorReporter());
        cmd.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("segsync: " + ex.getMessage()
                    + " (see '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
            return ExitCode.USAGE;
        });
        return cmd.execute(args);
    }
}
