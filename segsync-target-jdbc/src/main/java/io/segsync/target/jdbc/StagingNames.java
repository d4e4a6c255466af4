package io.segsync.target.jdbc;

/** The names of segsync's own tables next to the user's: staging, replaced tables, state. */
public final class StagingNames {
    public static final String STAGE_PREFIX = "_segsync_stage_";
    /** Incremental batches: session-private temporary tables, named apart from full-load staging. */
    public static final String BATCH_PREFIX = "_segsync_batch_";
    public static final String OLD_PREFIX = "_segsync_old_";
    public static final String STATE = "_segsync_state";
    public static final String TASK = "_segsync_task";
    /** Arrival order in an incremental staging table: the last write of a key wins. */
    public static final String ORDER_COLUMN = "_segsync_ord";

    private StagingNames() {}

    public static String stage(String table) {
        return STAGE_PREFIX + table;
    }

    public static String batch(String table) {
        return BATCH_PREFIX + table;
    }

    public static String old(String table) {
        return OLD_PREFIX + table;
    }

    /** The primary key constraint (and index) name of a table, so a published stage can take over its table's name. */
    public static String primaryKey(String table) {
        return table + "_pkey";
    }
}
