package io.segsync.cli.output;

/**
 * The global output options.
 *
 * @param quiet    errors only: no progress, no summaries
 * @param verbose  debug logs on stderr as well as in the run's log file (redacted either way)
 * @param json     a final machine-readable summary on stdout
 * @param terminal stderr is an interactive terminal: live progress bars instead of plain lines
 */
public record OutputMode(boolean quiet, boolean verbose, boolean json, boolean terminal) {}
