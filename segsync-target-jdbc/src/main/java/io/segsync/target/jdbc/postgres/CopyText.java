package io.segsync.target.jdbc.postgres;

import java.time.OffsetDateTime;

/**
 * Encodes row values in PostgreSQL's COPY text format: tab-separated, newline-terminated, {@code \N}
 * for null, and backslash escapes for the characters that would break a field (so JSON with newlines
 * or tabs, and backslashes inside JSON strings, arrive unchanged).
 */
final class CopyText {
    private CopyText() {}

    static void appendRow(StringBuilder out, Object[] values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            appendValue(out, values[i]);
        }
        out.append('\n');
    }

    static void appendValue(StringBuilder out, Object value) {
        if (value == null) {
            out.append("\\N");
        } else if (value instanceof String s) {
            appendEscaped(out, s);
        } else if (value instanceof Boolean b) {
            out.append(b ? 't' : 'f');
        } else if (value instanceof Long || value instanceof Integer) {
            out.append(value);
        } else if (value instanceof Double d) {
            // Double.toString gives "1.0E10", "NaN", "Infinity": all valid float8 input.
            out.append(d.toString());
        } else if (value instanceof OffsetDateTime t) {
            // An ISO instant in UTC; microseconds are kept by timestamptz.
            out.append(t.toInstant().toString());
        } else {
            throw new IllegalArgumentException("cannot COPY a " + value.getClass().getSimpleName());
        }
    }

    private static void appendEscaped(StringBuilder out, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\': out.append("\\\\"); break;
                case '\n': out.append("\\n"); break;
                case '\r': out.append("\\r"); break;
                case '\t': out.append("\\t"); break;
                case '\b': out.append("\\b"); break;
                case '\f': out.append("\\f"); break;
                case 0x0B: out.append("\\v"); break;
                default: out.append(c);
            }
        }
    }
}
