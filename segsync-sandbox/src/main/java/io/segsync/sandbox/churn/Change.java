package io.segsync.sandbox.churn;

/** One change churn made: which step, what it did, to which collection and resource. */
public record Change(long step, Operation operation, String collection, String id) {
    public enum Operation {
        CREATE,
        UPDATE,
        DELETE
    }
}
