package io.segsync.api.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The GET tables of NOTES.md §2, parsed. The file is required: a missing file fails, it never skips. */
final class NotesTable {
    static final List<Path> CANDIDATES = List.of(
            Path.of("../../shared/segment-public-api/NOTES.md"),
            Path.of("/work/shared/segment-public-api/NOTES.md"));
    private static final Pattern ROW = Pattern.compile(
            "^\\| ([A-Za-z]+) \\| `([^`]+)` \\| ([^|]*) \\| ([^|]*) \\| ([^|]*) \\| ([^|]*) \\| ([^|]*) \\|\\s*$");

    record Row(String area, String id, String path, List<String> fields, String pagination, List<String> requiredQuery,
               String version, int perMinute) {}

    private NotesTable() {}

    static String text() {
        for (Path p : CANDIDATES) {
            if (Files.isRegularFile(p)) {
                try {
                    return Files.readString(p);
                } catch (IOException e) {
                    throw new AssertionError("cannot read " + p.toAbsolutePath() + ": " + e, e);
                }
            }
        }
        throw new AssertionError("NOTES.md not found at any of " + CANDIDATES
                + " (working directory " + Path.of("").toAbsolutePath() + "): the operation definitions cannot be checked");
    }

    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        String area = null;
        boolean inSection2 = false;
        for (String line : text().split("\n")) {
            if (line.startsWith("## ")) {
                inSection2 = line.startsWith("## 2.");
            } else if (inSection2 && line.startsWith("#### ")) {
                area = line.substring(5).strip();
            } else if (inSection2 && area != null) {
                Matcher m = ROW.matcher(line);
                if (m.matches()) {
                    String rl = m.group(7).strip();
                    rows.add(new Row(area, m.group(1), m.group(2), split(m.group(3)), m.group(4).strip(), split(m.group(5)),
                            m.group(6).strip(), rl.isEmpty() ? 0 : Integer.parseInt(rl.substring(0, rl.indexOf('/')))));
                }
            }
        }
        return rows;
    }

    private static List<String> split(String cell) {
        String s = cell.strip();
        return s.isEmpty() ? List.of() : Arrays.stream(s.split(",")).map(String::strip).toList();
    }
}
