package io.segsync.core.catalog;

import java.util.Objects;

/**
 * A column of a stream's table.
 *
 * @param name   snake_case column name
 * @param field  the JSON field of the record it comes from (camelCase, as Segment spells it)
 * @param type   the logical type
 * @param secret whether the value holds secrets to redact (write keys, secret settings)
 */
public record Column(String name, String field, ColumnType type, boolean secret) {
    public Column {
        Objects.requireNonNull(name);
        Objects.requireNonNull(field);
        Objects.requireNonNull(type);
    }

    public static Column of(String field, ColumnType type) {
        return new Column(Names.snakeCase(field), field, type, false);
    }

    public static Column secret(String field, ColumnType type) {
        return new Column(Names.snakeCase(field), field, type, true);
    }

    /** A column named otherwise than its field ({@code email} from an invite's plain value). */
    public static Column named(String name, String field, ColumnType type) {
        return new Column(name, field, type, false);
    }
}
