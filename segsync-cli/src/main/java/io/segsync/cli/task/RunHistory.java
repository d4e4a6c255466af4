package io.segsync.cli.task;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segsync.cli.CliException;
import io.segsync.cli.ExitCode;
import io.segsync.cli.connection.SecureFiles;
import io.segsync.core.sync.RunResult;
import io.segsync.core.sync.SkippedStream;
import io.segsync.core.sync.StreamResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every run's outcome, one JSON line each in {@code runs.jsonl}: status, duration and per-stream counts.
 * Lines are appended whole; a line cut short by a crash is skipped when read.
 */
public final class RunHistory {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path file;

    public RunHistory(Path home) {
        this.file = home.resolve("runs.jsonl");
    }

    public void succeeded(String task, String method, Instant started, RunResult result) {
        ObjectNode line = header(task, method, started, result.status().name());
        line.put("runId", result.runId());
        ArrayNode streams = line.putArray("streams");
        for (StreamResult s : result.streams()) {
            streams.addObject().put("stream", s.stream()).put("status", "SUCCEEDED").put("read", s.rows())
                    .put("inserted", s.inserted()).put("updated", s.updated()).put("deleted", s.deleted())
                    .put("unchanged", s.unchanged()).put("seconds", s.elapsed().toMillis() / 1000.0);
        }
        for (SkippedStream s : result.skipped()) {
            streams.addObject().put("stream", s.stream()).put("status", "SKIPPED").put("reason", s.reason());
        }
        append(line);
    }

    public void failed(String task, String method, Instant started, String message) {
        ObjectNode line = header(task, method, started, "FAILED");
        line.put("error", message);
        append(line);
    }

    private static ObjectNode header(String task, String method, Instant started, String status) {
        ObjectNode line = MAPPER.createObjectNode();
        line.put("task", task);
        line.put("method", method);
        line.put("status", status);
        line.put("startedAt", started.toString());
        line.put("seconds", (Instant.now().toEpochMilli() - started.toEpochMilli()) / 1000.0);
        return line;
    }

    private void append(ObjectNode line) {
        try {
            SecureFiles.ensureDirectory(file.getParent());
            if (!Files.exists(file)) {
                SecureFiles.createOwnerOnly(file);
            }
            Files.writeString(file, MAPPER.writeValueAsString(line) + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new CliException(ExitCode.UNEXPECTED, "cannot record the run in " + file + ": " + e.getMessage());
        }
    }

    /** The newest {@code limit} runs, of one task or of all (null), newest first. */
    public List<JsonNode> recent(String task, int limit) {
        if (!Files.exists(file)) {
            return List.of();
        }
        Deque<JsonNode> newest = new ArrayDeque<>();
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            lines.forEach(text -> {
                JsonNode run = parse(text);
                if (run != null && (task == null || task.equals(run.path("task").asText()))) {
                    newest.addFirst(run);
                    if (newest.size() > limit) {
                        newest.removeLast();
                    }
                }
            });
        } catch (IOException e) {
            throw new CliException(ExitCode.UNEXPECTED, "cannot read " + file + ": " + e.getMessage());
        }
        return new ArrayList<>(newest);
    }

    private static JsonNode parse(String text) {
        try {
            return text.isBlank() ? null : MAPPER.readTree(text);
        } catch (IOException e) {
            return null; // a line cut short by a crash
        }
    }
}
