package io.segsync.core.sync;

/**
 * Options of a run.
 *
 * @param namespace      the schema (or folder) the tables land in
 * @param includeSecrets land secrets in plain text instead of redacting them
 */
public record SyncOptions(String namespace, boolean includeSecrets) {
    public static final String DEFAULT_NAMESPACE = "segment";

    public static SyncOptions defaults() {
        return new SyncOptions(DEFAULT_NAMESPACE, false);
    }
}
