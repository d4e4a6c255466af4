package io.segsync.core.catalog;

import java.util.List;

/**
 * The calls a stream makes besides its parent fan-out: one per resource type, one per usage month,
 * one per metric window. Declared once per stream; see {@link Windows} for the time-based ones.
 */
@FunctionalInterface
public interface Partitioner {
    Partitioner NONE = scope -> List.of(ReadCall.NONE);

    List<ReadCall> partitions(ReadScope scope);
}
