package io.segsync.cli.task;

import picocli.CommandLine.Command;

/** {@code segsync task ...}: named, repeatable syncs with a fixed update method. */
@Command(name = "task",
        description = {"Tasks: a connection, a target, streams and an update method, run again and again.",
                "A task's method is fixed once it has run."},
        mixinStandardHelpOptions = true,
        subcommands = {CreateTask.class, RunTask.class, ListTasks.class, DeleteTask.class},
        footerHeading = "%nExamples:%n",
        footer = {"  segsync task create nightly --connection prod --target duckdb:./segment.duckdb --method cdc --change-tables",
                "  segsync task run nightly", "  segsync task list"})
public final class TaskCommand {}
