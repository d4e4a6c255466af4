package io.segsync.core.sync;

import java.util.OptionalLong;

/**
 * Checks a stream's counts at the end of its run: the rows Segment announced (totalEntries, where it
 * gave one on every call) against the rows read, and the rows read against the rows the target holds.
 */
final class Reconciliation {
    private long announced;
    private boolean complete = true;

    /** Called for each page; the first page of each API call carries that call's total. */
    void page(OptionalLong totalEntries, boolean firstOfCall) {
        if (firstOfCall) {
            if (totalEntries.isPresent()) {
                announced += totalEntries.getAsLong();
            } else {
                complete = false;
            }
        }
    }

    void check(String stream, long read, long landed) {
        if (read != landed) {
            throw new ReconciliationException(stream + ": read " + read + " rows but the target holds " + landed);
        }
    }

    void checkAnnounced(String stream, long readBeforeDedupe) {
        if (complete && announced != readBeforeDedupe) {
            throw new ReconciliationException(stream + ": Segment announced " + announced + " rows (totalEntries) but "
                    + readBeforeDedupe + " were read");
        }
    }

    /** The counts of a stream do not add up; the stream fails and is reported. */
    static final class ReconciliationException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ReconciliationException(String message) {
            super(message);
        }
    }
}
