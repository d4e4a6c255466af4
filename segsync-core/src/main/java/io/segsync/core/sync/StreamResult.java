package io.segsync.core.sync;

import java.time.Duration;

/** What one stream did in a run. */
public record StreamResult(String stream, long rows, long pages, Duration elapsed) {}
