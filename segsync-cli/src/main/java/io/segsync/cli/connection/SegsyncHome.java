package io.segsync.cli.connection;

import java.nio.file.Path;

/** Where segsync keeps its configuration: {@code $SEGSYNC_HOME}, else {@code ~/.segsync}. */
public final class SegsyncHome {
    private SegsyncHome() {}

    public static Path resolve() {
        String env = System.getenv("SEGSYNC_HOME");
        if (env != null && !env.isBlank()) {
            return Path.of(env).toAbsolutePath();
        }
        return Path.of(System.getProperty("user.home"), ".segsync");
    }
}
