package io.segsync.core.change;

import io.segsync.core.record.Row;
import java.math.BigInteger;
import java.util.Objects;

/** Qlik's {@code header__change_mask}: bit i set when data column i changed, as a hex string. */
public final class ChangeMask {
    private ChangeMask() {}

    public static String of(Row before, Row after, int dataColumns) {
        BigInteger mask = BigInteger.ZERO;
        for (int i = 0; i < dataColumns; i++) {
            if (!Objects.equals(normalise(before.get(i)), normalise(after.get(i)))) {
                mask = mask.setBit(i);
            }
        }
        return mask.toString(16);
    }

    private static Object normalise(Object v) {
        return v instanceof java.time.OffsetDateTime t ? t.toInstant() : v;
    }
}
