package io.segsync.core.sync;

/**
 * Hands out {@code header__change_seq} values. It starts after the last value the target committed,
 * and the value is committed with each checkpoint, so numbers stay strictly increasing across every
 * change table of a task, across runs and crashes (an uncommitted number is simply handed out again).
 */
final class ChangeSequence {
    private long last;

    ChangeSequence(long lastCommitted) {
        this.last = lastCommitted;
    }

    long next() {
        return ++last;
    }

    long last() {
        return last;
    }
}
