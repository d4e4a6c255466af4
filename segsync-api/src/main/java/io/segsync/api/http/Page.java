package io.segsync.api.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.OptionalLong;

/**
 * One complete page of a list operation. A page is handed on only after its whole body parsed, so a
 * body that fails half-way is never half-used.
 *
 * @param items        the records under the operation's list key; plain values (e-mail strings) come
 *                     wrapped as {@code {"value": ...}}
 * @param next         the cursor of the next page, null on the last page
 * @param totalEntries Segment's count of the whole collection, when it sent one (never relied on to stop)
 */
public record Page(List<ObjectNode> items, String next, OptionalLong totalEntries) {
    public Page {
        items = List.copyOf(items);
    }

    public boolean isLast() {
        return next == null || next.isEmpty();
    }
}
