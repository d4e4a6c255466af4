package io.segsync.cli.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Where a command's words go, by mode. The data a command was asked for (a list, a table) is printed
 * unless {@code --json}; status lines (summaries, hints) also disappear with {@code --quiet}; with
 * {@code --json}, stdout carries exactly one JSON document, the command's final summary.
 */
public final class Output {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final PrintWriter out;
    private final PrintWriter err;
    private final OutputMode mode;

    public Output(PrintWriter out, PrintWriter err, OutputMode mode) {
        this.out = out;
        this.err = err;
        this.mode = mode;
    }

    public OutputMode mode() {
        return mode;
    }

    public PrintWriter err() {
        return err;
    }

    /** The answer the user asked for: shown unless {@code --json}. */
    public void data(String format, Object... args) {
        if (!mode.json()) {
            out.printf(Locale.ROOT, format + "%n", args);
            out.flush();
        }
    }

    /** A summary or hint: shown unless {@code --json} or {@code --quiet}. */
    public void status(String format, Object... args) {
        if (!mode.json() && !mode.quiet()) {
            out.printf(Locale.ROOT, format + "%n", args);
            out.flush();
        }
    }

    /** The machine-readable summary, printed only with {@code --json}. */
    public void result(ObjectNode summary) {
        if (mode.json()) {
            out.println(toJson(summary));
            out.flush();
        }
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public static String toJson(ObjectNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code {"error":{"code":N,"message":"..."}}}, what {@code --json} prints when a command fails. */
    public static String error(int code, String message) {
        ObjectNode root = object();
        root.putObject("error").put("code", code).put("message", message);
        return toJson(root);
    }
}
