package io.segsync.core.sync;

import io.segsync.core.catalog.ReadScope;
import java.time.Duration;

/**
 * Options of a run.
 *
 * @param namespace      the schema (or folder) the tables land in
 * @param includeSecrets land secrets in plain text instead of redacting them
 * @param method         how tables are kept current
 * @param changeTables   whether reload-and-compare and CDC also write {@code <table>__ct} change tables
 * @param overlap        how far before the watermark a CDC run re-reads the audit trail, for late events
 * @param usageMonths    how many usage months (the current one included) the usage streams read
 */
public record SyncOptions(String namespace, boolean includeSecrets, UpdateMethod method, boolean changeTables,
                          Duration overlap, int usageMonths) {
    public static final String DEFAULT_NAMESPACE = "segment";
    public static final Duration DEFAULT_OVERLAP = Duration.ofMinutes(10);

    public SyncOptions {
        if (usageMonths < 1 || usageMonths > 24) {
            throw new IllegalArgumentException("usage months must be from 1 to 24, was " + usageMonths);
        }
    }

    public SyncOptions(String namespace, boolean includeSecrets, UpdateMethod method, boolean changeTables, Duration overlap) {
        this(namespace, includeSecrets, method, changeTables, overlap, ReadScope.DEFAULT_USAGE_MONTHS);
    }

    public SyncOptions(String namespace, boolean includeSecrets) {
        this(namespace, includeSecrets, UpdateMethod.FULL_LOAD, false, DEFAULT_OVERLAP);
    }

    public static SyncOptions defaults() {
        return new SyncOptions(DEFAULT_NAMESPACE, false);
    }

    public SyncOptions withMethod(UpdateMethod value, boolean withChangeTables) {
        return new SyncOptions(namespace, includeSecrets, value, withChangeTables, overlap, usageMonths);
    }

    public SyncOptions withUsageMonths(int value) {
        return new SyncOptions(namespace, includeSecrets, method, changeTables, overlap, value);
    }

    public SyncOptions withIncludeSecrets(boolean value) {
        return new SyncOptions(namespace, value, method, changeTables, overlap, usageMonths);
    }
}
