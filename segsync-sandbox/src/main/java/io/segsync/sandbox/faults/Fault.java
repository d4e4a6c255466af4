package io.segsync.sandbox.faults;

/** What happens to one response besides any added latency. */
public enum Fault {
    NONE,
    /** 500/502/503 with Segment's error envelope. */
    SERVER_ERROR,
    /** The connection closes before any response byte. */
    CONNECTION_RESET,
    /** Headers promise the full Content-Length, the body stops halfway, the connection closes. */
    TRUNCATED_BODY,
    /** The body arrives in small chunks with pauses between them. */
    SLOW_BODY,
    /** 429 with Retry-After, as if the token were rate limited. */
    RATE_LIMITED
}
