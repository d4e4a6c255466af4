package io.segsync.core.sync;

/** How a committed run ended: every planned stream landed, or some were skipped. */
public enum RunStatus {
    SUCCEEDED,
    PARTIAL
}
