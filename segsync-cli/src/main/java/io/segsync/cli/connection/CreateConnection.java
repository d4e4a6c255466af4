package io.segsync.cli.connection;

import io.segsync.api.ApiToken;
import io.segsync.api.ApiUrl;
import io.segsync.api.Region;
import io.segsync.cli.CliException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segsync.cli.SegsyncCommand;
import io.segsync.cli.log.Redactor;
import io.segsync.cli.output.Output;
import java.io.Console;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "create",
        description = {"Create a connection to a Segment workspace.",
                "The API key is a Segment Public API token (Settings > Workspace settings > Access Management > Tokens).",
                "It is never accepted on the command line: it is prompted for without echo, or read from an",
                "environment variable or a file, which may also be kept as a reference instead of storing the key."},
        mixinStandardHelpOptions = true,
        footerHeading = "%nExamples:%n",
        footer = {"  segsync connection create prod --region us",
                "  segsync connection create eu-prod --region eu --api-key-env SEGMENT_EU_TOKEN --store-reference",
                "  segsync connection create local --api-url http://127.0.0.1:8787 --api-key-file ./token.txt"})
final class CreateConnection implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "The connection's name.")
    String name;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Where where;

    static final class Where {
        @Option(names = "--region", paramLabel = "us|eu", description = "The workspace's region.")
        String region;

        @Option(names = "--api-url", paramLabel = "URL", description = "An API root: http:// only to loopback (the sandbox).")
        String apiUrl;
    }

    @Option(names = "--allow-custom-host", description = "Allow an https host other than *.segmentapis.com (a proxy).")
    boolean allowCustomHost;

    @ArgGroup(exclusive = true)
    KeySource keySource;

    static final class KeySource {
        @Option(names = "--api-key-env", paramLabel = "VAR", description = "Read the API key from this environment variable.")
        String env;

        @Option(names = "--api-key-file", paramLabel = "PATH", description = "Read the API key from this file.")
        Path file;
    }

    @Option(names = "--store-reference",
            description = "Store only where the key comes from (the variable or file), not the key itself.")
    boolean storeReference;

    @Option(names = "--force", description = "Replace an existing connection of the same name.")
    boolean force;

    @Override
    public Integer call() {
        ConnectionStore.checkName(name);
        SegsyncCommand root = SegsyncCommand.of(spec);
        ConnectionStore store = root.connections();
        if (!force && store.find(name).isPresent()) {
            throw CliException.usage("a connection named '" + name + "' already exists: delete it first or add --force");
        }
        ApiUrl url = apiUrl();
        if (storeReference && keySource == null) {
            throw CliException.usage("--store-reference needs --api-key-env or --api-key-file");
        }
        StoredConnection connection;
        if (storeReference) {
            readKey(store); // fail now, not on the first sync, when the reference is broken
            connection = keySource.env != null
                    ? new StoredConnection(name, url, allowCustomHost, StoredConnection.ENV, keySource.env)
                    : new StoredConnection(name, url, allowCustomHost, StoredConnection.FILE, keySource.file.toAbsolutePath().toString());
        } else {
            ApiToken token = readKey(store);
            connection = new StoredConnection(name, url, allowCustomHost, StoredConnection.ENCRYPTED,
                    store.cipher().encrypt(token.reveal(), name));
        }
        store.save(connection);
        Output output = root.output();
        output.status("Created connection '%s' to %s (API key %s). Check it with: segsync connection test %s",
                name, url, connection.describeTokenSource(), name);
        ObjectNode summary = ShowConnection.describe(connection);
        summary.put("command", "connection create");
        output.result(summary);
        return 0;
    }

    private ApiUrl apiUrl() {
        try {
            return where.region != null ? ApiUrl.of(Region.parse(where.region)) : ApiUrl.parse(where.apiUrl, allowCustomHost);
        } catch (IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        }
    }

    private ApiToken readKey(ConnectionStore store) {
        String raw;
        if (keySource != null && keySource.env != null) {
            raw = store.env(keySource.env);
            if (raw == null || raw.isBlank()) {
                throw CliException.usage("the environment variable " + keySource.env + " is not set or empty");
            }
        } else if (keySource != null) {
            raw = ApiKeyFile.read(keySource.file);
        } else {
            Console console = System.console();
            if (console == null) {
                throw CliException.usage("no terminal to prompt for the API key: use --api-key-env VAR or --api-key-file PATH");
            }
            char[] typed = console.readPassword("Segment Public API token for '%s': ", name);
            if (typed == null || typed.length == 0) {
                throw CliException.usage("no API key was entered");
            }
            raw = new String(typed);
            java.util.Arrays.fill(typed, '\0');
        }
        Redactor.register(raw.strip());
        try {
            return ApiToken.of(raw);
        } catch (IllegalArgumentException e) {
            throw CliException.usage("the API key is not usable: " + e.getMessage());
        }
    }
}
