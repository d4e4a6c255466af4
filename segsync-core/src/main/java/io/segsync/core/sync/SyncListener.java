package io.segsync.core.sync;

/** Progress callbacks for a front end; every method may be called from the sync thread. */
public interface SyncListener {
    SyncListener NONE = new SyncListener() {};

    default void streamStarted(String stream) {}

    default void pageLoaded(String stream, long rowsSoFar, long pagesSoFar, java.util.OptionalLong totalEntries) {}

    default void streamFinished(StreamResult result) {}

    /** The stream was not landed (no permission, not enabled, its parent skipped); the run goes on. */
    default void streamSkipped(SkippedStream skipped) {}
}
