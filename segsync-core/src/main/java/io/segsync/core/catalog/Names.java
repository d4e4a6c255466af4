package io.segsync.core.catalog;

import java.util.Locale;

/** Table and column naming: Segment's camelCase fields become snake_case identifiers. */
public final class Names {
    private Names() {}

    /**
     * The best guess of the field a stored snake_case column came from ({@code write_keys} →
     * {@code writeKeys}); the mapper rebinds it if Segment spells the field otherwise.
     */
    public static String camelCase(String column) {
        StringBuilder out = new StringBuilder(column.length());
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = out.length() > 0;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    public static String snakeCase(String field) {
        StringBuilder out = new StringBuilder(field.length() + 4);
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (Character.isUpperCase(c)) {
                boolean afterLower = i > 0 && (Character.isLowerCase(field.charAt(i - 1)) || Character.isDigit(field.charAt(i - 1)));
                boolean beforeLower = i + 1 < field.length() && Character.isLowerCase(field.charAt(i + 1))
                        && i > 0 && Character.isUpperCase(field.charAt(i - 1));
                if (afterLower || beforeLower) {
                    out.append('_');
                }
                out.append(Character.toLowerCase(c));
            } else if (Character.isLetterOrDigit(c)) {
                out.append(c);
            } else {
                out.append('_');
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
