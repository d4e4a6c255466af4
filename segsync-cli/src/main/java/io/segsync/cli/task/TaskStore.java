package io.segsync.cli.task;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segsync.cli.CliException;
import io.segsync.cli.ExitCode;
import io.segsync.cli.connection.SecureFiles;
import io.segsync.core.sync.UpdateMethod;
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

/** The tasks of one segsync home, in {@code tasks.json}; a damaged file is reported and left untouched. */
public final class TaskStore {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;

    public TaskStore(Path home) {
        this.file = home.resolve("tasks.json");
    }

    public List<TaskDefinition> list() {
        return new ArrayList<>(read().values());
    }

    public Optional<TaskDefinition> find(String name) {
        return Optional.ofNullable(read().get(name));
    }

    public TaskDefinition get(String name) {
        return find(name).orElseThrow(() -> CliException.usage("there is no task named '" + name
                + "': run 'segsync task list' to see them, or 'segsync task create " + name + " ...'"));
    }

    public void save(TaskDefinition task) {
        Map<String, TaskDefinition> all = read();
        all.put(task.name(), task);
        write(all);
    }

    public boolean delete(String name) {
        Map<String, TaskDefinition> all = read();
        if (all.remove(name) == null) {
            return false;
        }
        write(all);
        return true;
    }

    private Map<String, TaskDefinition> read() {
        Map<String, TaskDefinition> out = new TreeMap<>();
        if (!Files.exists(file)) {
            return out;
        }
        try {
            JsonNode tasks = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8)).path("tasks");
            if (!tasks.isObject()) {
                throw damaged("it has no \"tasks\" object");
            }
            Iterator<Map.Entry<String, JsonNode>> it = tasks.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                out.put(e.getKey(), parse(e.getKey(), e.getValue()));
            }
            return out;
        } catch (JsonProcessingException e) {
            throw damaged("it is not valid JSON (line " + e.getLocation().getLineNr() + ")");
        } catch (IOException e) {
            throw new CliException(ExitCode.UNEXPECTED, "cannot read " + file + ": " + e.getMessage());
        }
    }

    private TaskDefinition parse(String name, JsonNode t) {
        String connection = t.path("connection").asText(null);
        String target = t.path("target").asText(null);
        String method = t.path("method").asText(null);
        if (connection == null || target == null || method == null) {
            throw damaged("task '" + name + "' lacks connection, target or method");
        }
        List<String> streams = new ArrayList<>();
        t.path("streams").forEach(s -> streams.add(s.asText()));
        UpdateMethod parsed;
        try {
            parsed = UpdateMethod.parse(method);
        } catch (IllegalArgumentException e) {
            throw damaged("task '" + name + "' has " + e.getMessage());
        }
        return new TaskDefinition(name, connection, target, streams, parsed, t.path("changeTables").asBoolean(false),
                t.path("createdAt").asText(""), t.hasNonNull("firstRunAt") ? t.get("firstRunAt").asText() : null);
    }

    private CliException damaged(String why) {
        return new CliException(ExitCode.USAGE, "the task file " + file + " is damaged (" + why
                + "); segsync left it untouched: fix or move it away");
    }

    private void write(Map<String, TaskDefinition> all) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("version", 1);
        ObjectNode tasks = root.putObject("tasks");
        all.forEach((name, t) -> {
            ObjectNode n = tasks.putObject(name);
            n.put("connection", t.connection());
            n.put("target", t.target());
            t.streams().forEach(n.putArray("streams")::add);
            if (t.streams().isEmpty()) {
                n.putArray("streams");
            }
            n.put("method", t.method().label());
            n.put("changeTables", t.changeTables());
            n.put("createdAt", t.createdAt());
            if (t.firstRunAt() != null) {
                n.put("firstRunAt", t.firstRunAt());
            }
        });
        try {
            SecureFiles.writeAtomically(file, MAPPER.writeValueAsBytes(root));
        } catch (IOException e) {
            throw new CliException(ExitCode.UNEXPECTED, "cannot write " + file + ": " + e.getMessage());
        }
    }
}
