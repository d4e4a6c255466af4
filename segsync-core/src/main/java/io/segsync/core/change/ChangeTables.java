package io.segsync.core.change;

import io.segsync.core.catalog.Column;
import io.segsync.core.catalog.ColumnType;
import io.segsync.core.record.Row;
import io.segsync.core.record.TableSchema;
import java.util.ArrayList;
import java.util.List;

/** The layout of a Qlik-compatible change table: the header columns, then the base table's columns. */
public final class ChangeTables {
    public static final String SUFFIX = "__ct";
    public static final List<Column> HEADER = List.of(
            header("header__change_seq", ColumnType.STRING),
            header("header__change_oper", ColumnType.STRING),
            header("header__change_mask", ColumnType.STRING),
            header("header__stream_position", ColumnType.STRING),
            header("header__operation", ColumnType.STRING),
            header("header__transaction_id", ColumnType.STRING),
            header("header__timestamp", ColumnType.TIMESTAMP));

    private ChangeTables() {}

    private static Column header(String name, ColumnType type) {
        return new Column(name, "", type, false);
    }

    public static String tableName(TableSchema base) {
        return base.table() + SUFFIX;
    }

    /** All columns of the change table, header first; it has no primary key (a key changes many times). */
    public static List<Column> columns(TableSchema base) {
        List<Column> all = new ArrayList<>(HEADER);
        all.addAll(base.columns());
        return all;
    }

    /** The change as one flat row in {@link #columns} order. */
    public static Object[] values(ChangeRecord change) {
        Row row = change.row();
        Object[] values = new Object[HEADER.size() + row.size()];
        values[0] = change.changeSeq();
        values[1] = change.operation().code();
        values[2] = change.changeMask();
        values[3] = change.streamPosition();
        values[4] = change.operation().name();
        values[5] = change.transactionId();
        values[6] = change.timestamp();
        for (int i = 0; i < row.size(); i++) {
            values[HEADER.size() + i] = row.get(i);
        }
        return values;
    }
}
