package io.segsync.cli.connection;

import picocli.CommandLine.Command;

/** {@code segsync connection ...}: the connections to Segment workspaces. */
@Command(name = "connection",
        description = {"Create, list, show, test and delete connections to Segment workspaces, and rotate the key",
                "that encrypts their stored API keys."},
        mixinStandardHelpOptions = true,
        subcommands = {CreateConnection.class, ListConnections.class, ShowConnection.class, TestConnection.class,
                DeleteConnection.class, RotateKey.class},
        footerHeading = "%nExamples:%n",
        footer = {"  segsync connection create prod --region us --api-key-env SEGMENT_TOKEN",
                "  segsync connection list",
                "  segsync connection test prod",
                "  segsync connection rotate-key"})
public final class ConnectionCommand {}
