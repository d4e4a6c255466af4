package io.segsync.cli.connection;

import picocli.CommandLine.Command;

/** {@code segsync connection ...}: the connections to Segment workspaces. */
@Command(name = "connection",
        description = "Create, list, show, test and delete connections to Segment workspaces.",
        mixinStandardHelpOptions = true,
        subcommands = {CreateConnection.class, ListConnections.class, ShowConnection.class, TestConnection.class,
                DeleteConnection.class})
public final class ConnectionCommand {}
