package io.segsync.core.sync;

/** A stream a run did not land, and why (said so the user can act: a plan, a role, a parent). */
public record SkippedStream(String stream, String reason) {}
