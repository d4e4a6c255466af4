package io.segsync.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

/** Runs the CLI in-process with its own home and environment, capturing both streams. */
record CliRun(int exitCode, String out, String err) {

    static CliRun run(Path home, Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, home, env::get, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun(code, out.toString(), err.toString());
    }

    /** The error output must be one line, without a stack trace. */
    String singleErrorLine() {
        String trimmed = err.strip();
        if (trimmed.contains("\n") || trimmed.contains("\tat ") || trimmed.contains("Exception:")) {
            throw new AssertionError("expected one error line, got:\n" + err);
        }
        return trimmed;
    }
}
