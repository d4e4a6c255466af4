package io.segsync.cli.connection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segsync.api.ApiToken;
import io.segsync.api.ApiUrl;
import io.segsync.cli.CliException;
import io.segsync.cli.ExitCode;
import io.segsync.cli.lock.RunLock;
import io.segsync.cli.log.Redactor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The connections of one segsync home, in {@code connections.json}. A damaged file is reported with
 * its path and never overwritten.
 */
public final class ConnectionStore {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    static final String CONFIGURATION_LOCK = "configuration";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

    private final Path home;
    private final Path file;
    private final UnaryOperator<String> env;

    /** @param env reads environment variables (the process's, or a test's) */
    public ConnectionStore(Path home, UnaryOperator<String> env) {
        this.home = home;
        this.file = home.resolve("connections.json");
        this.env = env;
    }

    public Path home() {
        return home;
    }

    /** The cipher of stored tokens, after finishing or undoing a key rotation that a crash interrupted. */
    public TokenCipher cipher() {
        if (!TokenCipher.keyFromEnvironment(env)) {
            KeyRotation.recover(this);
        }
        return TokenCipher.load(home, env);
    }

    UnaryOperator<String> environment() {
        return env;
    }

    public String env(String name) {
        return env.apply(name);
    }

    public Path file() {
        return file;
    }

    public static void checkName(String name) {
        if (!NAME.matcher(name).matches()) {
            throw CliException.usage("'" + name + "' is not a valid connection name: use letters, digits, '.', '_' or '-' (up to 64)");
        }
    }

    public List<StoredConnection> list() {
        return new ArrayList<>(read().values());
    }

    public Optional<StoredConnection> find(String name) {
        return Optional.ofNullable(read().get(name));
    }

    public StoredConnection get(String name) {
        return find(name).orElseThrow(() -> CliException.usage("there is no connection named '" + name
                + "': run 'segsync connection list' to see them, or 'segsync connection create " + name + " ...'"));
    }

    public void save(StoredConnection connection) {
        try (RunLock lock = lockConfiguration()) {
            Map<String, StoredConnection> all = read();
            all.put(connection.name(), connection);
            write(all);
        }
    }

    public boolean delete(String name) {
        try (RunLock lock = lockConfiguration()) {
            Map<String, StoredConnection> all = read();
            if (all.remove(name) == null) {
                return false;
            }
            write(all);
            return true;
        }
    }

    /** Changes of the configuration (create, delete, rotate-key) take turns, so none undoes another. */
    RunLock lockConfiguration() {
        return RunLock.acquire(home, CONFIGURATION_LOCK, "a change of the connections in " + file);
    }

    /** The token of a connection, decrypted or read from where it is referenced. */
    public ApiToken token(StoredConnection c) {
        String raw;
        switch (c.tokenSource()) {
            case StoredConnection.ENV:
                raw = env.apply(c.tokenRef());
                if (raw == null || raw.isBlank()) {
                    throw CliException.usage("connection '" + c.name() + "' reads its API key from the environment variable "
                            + c.tokenRef() + ", which is not set");
                }
                break;
            case StoredConnection.FILE:
                raw = ApiKeyFile.read(Path.of(c.tokenRef()));
                break;
            default:
                raw = cipher().decrypt(c.tokenRef(), c.name());
        }
        Redactor.register(raw.strip());
        try {
            return ApiToken.of(raw);
        } catch (IllegalArgumentException e) {
            throw CliException.usage("the API key of connection '" + c.name() + "' is not usable: " + e.getMessage());
        }
    }

    Map<String, StoredConnection> read() {
        Map<String, StoredConnection> out = new TreeMap<>();
        if (!Files.exists(file)) {
            return out;
        }
        try {
            JsonNode root = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
            JsonNode connections = root == null ? null : root.get("connections");
            if (connections == null || !connections.isObject()) {
                throw damaged("it has no \"connections\" object");
            }
            Iterator<Map.Entry<String, JsonNode>> it = connections.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode c = e.getValue();
                String url = c.path("apiUrl").asText(null);
                String source = c.path("tokenSource").asText(null);
                String ref = c.path("tokenRef").asText(null);
                if (url == null || source == null || ref == null) {
                    throw damaged("connection '" + e.getKey() + "' lacks apiUrl, tokenSource or tokenRef");
                }
                boolean custom = c.path("allowCustomHost").asBoolean(false);
                ApiUrl apiUrl;
                try {
                    apiUrl = ApiUrl.parse(url, custom);
                } catch (IllegalArgumentException ex) {
                    throw damaged("connection '" + e.getKey() + "' has an API URL segsync refuses: " + ex.getMessage());
                }
                out.put(e.getKey(), new StoredConnection(e.getKey(), apiUrl, custom, source, ref));
            }
            return out;
        } catch (JsonProcessingException e) {
            throw damaged("it is not valid JSON (line " + e.getLocation().getLineNr() + ")");
        } catch (IOException e) {
            throw new CliException(ExitCode.UNEXPECTED, "cannot read " + file + ": " + e.getMessage());
        }
    }

    private CliException damaged(String why) {
        return new CliException(ExitCode.USAGE, "the configuration file " + file + " is damaged (" + why
                + "); segsync left it untouched: fix or move it away");
    }

    void write(Map<String, StoredConnection> all) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("version", 1);
        ObjectNode connections = root.putObject("connections");
        all.forEach((name, c) -> {
            ObjectNode n = connections.putObject(name);
            n.put("apiUrl", c.apiUrl().toString());
            n.put("allowCustomHost", c.allowCustomHost());
            n.put("tokenSource", c.tokenSource());
            n.put("tokenRef", c.tokenRef());
        });
        try {
            SecureFiles.writeAtomically(file, MAPPER.writeValueAsBytes(root));
        } catch (IOException e) {
            throw new CliException(ExitCode.UNEXPECTED, "cannot write " + file + ": " + e.getMessage());
        }
    }
}
