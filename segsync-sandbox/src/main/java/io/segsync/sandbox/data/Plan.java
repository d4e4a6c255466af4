package io.segsync.sandbox.data;

/** The Segment plan of a workspace: Team-plan tokens get 403 on the Business-only streams. */
public enum Plan {
    TEAM,
    BUSINESS
}
