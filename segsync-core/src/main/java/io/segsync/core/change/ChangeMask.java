package io.segsync.core.change;

import io.segsync.core.record.Row;
import io.segsync.core.record.TableSchema;
import java.math.BigInteger;
import java.util.Objects;

/** Qlik's {@code header__change_mask}: bit i set when column i (a data column) changed, as a hex string. */
public final class ChangeMask {
    private ChangeMask() {}

    public static String of(Row before, Row after, TableSchema schema) {
        BigInteger mask = BigInteger.ZERO;
        for (int i = 0; i < schema.columns().size(); i++) {
            if (TableSchema.isMeta(schema.columns().get(i).name())) {
                continue;
            }
            if (!Objects.equals(normalise(value(before, i)), normalise(value(after, i)))) {
                mask = mask.setBit(i);
            }
        }
        return mask.toString(16);
    }

    private static Object value(Row row, int i) {
        return i < row.size() ? row.get(i) : null;
    }

    private static Object normalise(Object v) {
        return v instanceof java.time.OffsetDateTime t ? t.toInstant() : v;
    }
}
