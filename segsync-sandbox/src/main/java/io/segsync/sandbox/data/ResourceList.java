package io.segsync.sandbox.data;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.IntFunction;

/**
 * An indexed, read-only collection of API resources. Large collections are generated on demand from
 * their index, so serving a million audit events never holds a million objects in memory.
 */
public interface ResourceList {
    int size();

    ObjectNode get(int index);

    static ResourceList of(List<ObjectNode> items) {
        List<ObjectNode> copy = List.copyOf(items);
        return new ResourceList() {
            @Override
            public int size() {
                return copy.size();
            }

            @Override
            public ObjectNode get(int index) {
                return copy.get(index).deepCopy();
            }
        };
    }

    static ResourceList lazy(int size, IntFunction<ObjectNode> generator) {
        return new ResourceList() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public ObjectNode get(int index) {
                if (index < 0 || index >= size) {
                    throw new IndexOutOfBoundsException(index);
                }
                return generator.apply(index);
            }
        };
    }

    static ResourceList empty() {
        return lazy(0, i -> null);
    }

    /** The items of {@code base} at the given positions, in that order. */
    static ResourceList select(ResourceList base, List<Integer> positions) {
        List<Integer> copy = List.copyOf(positions);
        return lazy(copy.size(), i -> base.get(copy.get(i)));
    }
}
