package io.segsync.cli;

/** segsync's exit codes, documented in the README and in {@code --help}. */
public final class ExitCode {
    public static final int OK = 0;
    public static final int UNEXPECTED = 1;
    public static final int USAGE = 2;
    public static final int PARTIAL = 3;
    public static final int AUTH = 4;
    public static final int TARGET = 5;

    private ExitCode() {}
}
