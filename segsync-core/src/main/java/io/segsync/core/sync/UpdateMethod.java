package io.segsync.core.sync;

import java.util.Locale;

/** How a task keeps its tables current. */
public enum UpdateMethod {
    /** Replace every table with a fresh copy, atomically. */
    FULL_LOAD("full-load"),
    /** Read everything, compare with the target by key and row hash, apply inserts, updates and soft deletes. */
    RELOAD_COMPARE("reload-compare"),
    /** Change data capture: snapshot diffs for configuration, a watermark for the audit trail, a trailing window for metrics. */
    CDC("cdc");

    private final String label;

    UpdateMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static UpdateMethod parse(String text) {
        for (UpdateMethod m : values()) {
            if (m.label.equals(text.trim().toLowerCase(Locale.ROOT))) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown update method '" + text + "': use full-load, reload-compare or cdc");
    }
}
