package io.segsync.core.sync;

import io.segsync.core.record.Row;
import io.segsync.core.record.RowMapper;
import io.segsync.core.record.RowShape;
import io.segsync.core.record.TableSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Keeps a target's table in step with the schema the mapper discovers: before a page is written, new
 * columns and widened types are applied, and the page's rows are fitted to the result.
 */
final class SchemaFollower {
    private final RowMapper mapper;
    private final Consumer<TableSchema> apply;
    private TableSchema applied;

    SchemaFollower(RowMapper mapper, TableSchema applied, Consumer<TableSchema> apply) {
        this.mapper = mapper;
        this.applied = applied;
        this.apply = apply;
    }

    List<Row> fit(List<Row> rows) {
        TableSchema current = mapper.schema();
        if (!current.equals(applied)) {
            apply.accept(current);
            applied = current;
        }
        List<Row> fitted = new ArrayList<>(rows.size());
        rows.forEach(r -> fitted.add(RowShape.fit(r, current)));
        return fitted;
    }

    TableSchema schema() {
        return applied;
    }
}
