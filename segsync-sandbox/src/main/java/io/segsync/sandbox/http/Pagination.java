package io.segsync.sandbox.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segsync.sandbox.data.ResourceList;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Segment's cursor pagination: accepts {@code pagination.count} and {@code pagination[count]} (the SDKs
 * disagree), cursors are base64 offsets, {@code next} is omitted on the last page and {@code previous}
 * on the first.
 */
public final class Pagination {
    public static final int DEFAULT_COUNT = 200;
    public static final int MAX_COUNT = 1000;

    private Pagination() {}

    public record Window(int offset, int count) {}

    public static Window window(Request request, int maxCount) {
        String rawCount = first(request, "pagination.count", "pagination[count]");
        int count = DEFAULT_COUNT > maxCount ? maxCount : DEFAULT_COUNT;
        if (rawCount != null) {
            try {
                count = Integer.parseInt(rawCount.trim());
            } catch (NumberFormatException e) {
                throw ApiError.validation("pagination.count must be an integer between 1 and " + maxCount);
            }
            if (count < 1 || count > maxCount) {
                throw ApiError.validation("pagination.count must be an integer between 1 and " + maxCount);
            }
        }
        String cursor = first(request, "pagination.cursor", "pagination[cursor]");
        int offset = cursor == null || cursor.isEmpty() ? 0 : decode(cursor);
        return new Window(offset, count);
    }

    /** Writes {@code listKey} and {@code pagination} for one page of {@code items} into {@code data}. */
    public static void page(ObjectNode data, String listKey, ResourceList items, Window window) {
        int from = Math.min(window.offset(), items.size());
        int to = (int) Math.min((long) from + window.count(), items.size());
        var array = data.putArray(listKey);
        for (int i = from; i < to; i++) {
            array.add(items.get(i));
        }
        ObjectNode pagination = data.putObject("pagination");
        pagination.put("current", encode(from));
        if (to < items.size()) {
            pagination.put("next", encode(to));
        }
        if (from > 0) {
            pagination.put("previous", encode(Math.max(0, from - window.count())));
        }
        pagination.put("totalEntries", items.size());
    }

    public static String encode(int offset) {
        return Base64.getEncoder().encodeToString(Integer.toString(offset).getBytes(StandardCharsets.US_ASCII));
    }

    private static int decode(String cursor) {
        try {
            int offset = Integer.parseInt(new String(Base64.getDecoder().decode(cursor), StandardCharsets.US_ASCII));
            if (offset < 0) {
                throw new NumberFormatException();
            }
            return offset;
        } catch (IllegalArgumentException e) {
            throw ApiError.validation("pagination.cursor is not a cursor this API returned");
        }
    }

    private static String first(Request request, String dotted, String bracketed) {
        return request.queryParam(dotted).orElseGet(() -> request.queryParam(bracketed).orElse(null));
    }
}
