package io.segsync.core.change;

import io.segsync.core.record.Row;
import java.time.OffsetDateTime;

/**
 * One row of a Qlik-compatible change table {@code <table>__ct}: the header columns, then the row.
 *
 * @param changeSeq      {@code header__change_seq}: fixed-width decimal, strictly increasing across every
 *                       change table of a task, across runs and restarts
 * @param operation      I, U, D or B
 * @param changeMask     hex bit mask of the changed data columns (U and B only), else null
 * @param streamPosition where in the source this change was seen (cursor or watermark)
 * @param transactionId  the run id
 * @param timestamp      UTC time of the run
 * @param row            the row's values (after-image, or before-image for B, last values for D)
 */
public record ChangeRecord(String changeSeq, ChangeOperation operation, String changeMask, String streamPosition,
                           String transactionId, OffsetDateTime timestamp, Row row) {

    public static final int SEQ_WIDTH = 35;

    public static String formatSeq(long seq) {
        return String.format("%0" + SEQ_WIDTH + "d", seq);
    }
}
