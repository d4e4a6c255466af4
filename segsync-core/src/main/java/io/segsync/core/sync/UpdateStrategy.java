package io.segsync.core.sync;

/** How one stream is brought up to date in a run. */
interface UpdateStrategy {
    StreamResult run(StreamRun run);
}
