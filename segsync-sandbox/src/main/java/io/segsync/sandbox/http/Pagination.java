package io.segsync.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.segsync.sandbox.data.ResourceList;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Segment's pagination variants. The standard one accepts {@code pagination.count} and
 * {@code pagination[count]} (the SDKs disagree), cursors are base64 offsets, {@code next} is omitted on
 * the last page and {@code previous} on the first. See NOTES §2 "Special pagination" for the others.
 */
public final class Pagination {
    public static final int DEFAULT_COUNT = 200;
    public static final int MAX_COUNT = 1000;
    public static final int AUDIENCES_MAX_COUNT = 200;
    public static final int SPACE_FILTERS_MAX_COUNT = 10;
    public static final int REVERSE_ETL_MAX_COUNT = 100;

    private Pagination() {}

    public record Window(int offset, int count) {}

    public static Window window(Request request, int maxCount) {
        return window(request, "pagination", maxCount, Math.min(DEFAULT_COUNT, maxCount));
    }

    static Window window(Request request, String prefix, int maxCount, int defaultCount) {
        String rawCount = first(request, prefix + ".count", prefix + "[count]");
        int count = defaultCount;
        if (rawCount != null) {
            count = parseCount(rawCount, prefix + ".count", maxCount);
        }
        String cursor = first(request, prefix + ".cursor", prefix + "[cursor]");
        int offset = cursor == null || cursor.isEmpty() ? 0 : decode(cursor);
        return new Window(offset, count);
    }

    private static int parseCount(String raw, String name, int maxCount) {
        try {
            int count = Integer.parseInt(raw.trim());
            if (count >= 1 && count <= maxCount) {
                return count;
            }
        } catch (NumberFormatException e) {
            // answered below, like an out-of-range count
        }
        throw ApiError.validation(name + " must be an integer between 1 and " + maxCount, name);
    }

    /** The standard cursor pagination with count 1..1000. */
    public static ObjectNode standard(Request request, ObjectNode data, String listKey, ResourceList items) {
        return standard(request, data, listKey, items, MAX_COUNT);
    }

    public static ObjectNode standard(Request request, ObjectNode data, String listKey, ResourceList items, int maxCount) {
        page(data, listKey, items.size(), items::get, window(request, maxCount), "pagination", true);
        return data;
    }

    /** Lists of strings ({@code invites}, {@code emails}). */
    public static ObjectNode strings(Request request, ObjectNode data, String listKey, List<String> items) {
        page(data, listKey, items.size(), i -> TextNode.valueOf(items.get(i)), window(request, MAX_COUNT), "pagination", true);
        return data;
    }

    /** {@code listTraits} and {@code listPropertiesFromEntity}: no {@code previous}. */
    public static ObjectNode forwardOnly(Request request, ObjectNode data, String listKey, ResourceList items) {
        page(data, listKey, items.size(), items::get, window(request, MAX_COUNT), "pagination", false);
        return data;
    }

    /** {@code listCredentialConsumers}: independent {@code <prefix>.count/.cursor}, output under {@code <prefix>}. */
    public static void prefixed(Request request, ObjectNode data, String listKey, ResourceList items, String prefix) {
        page(data, listKey, items.size(), items::get, window(request, prefix, MAX_COUNT, DEFAULT_COUNT), prefix, true);
    }

    /** Writes {@code listKey} and {@code pagination} for one page of {@code items} into {@code data}. */
    public static void page(ObjectNode data, String listKey, ResourceList items, Window window) {
        page(data, listKey, items.size(), items::get, window, "pagination", true);
    }

    private static void page(ObjectNode data, String listKey, int size, IntFunction<JsonNode> item, Window window,
                             String paginationKey, boolean withPrevious) {
        int from = Math.min(window.offset(), size);
        int to = (int) Math.min((long) from + window.count(), size);
        ArrayNode array = data.putArray(listKey);
        for (int i = from; i < to; i++) {
            array.add(item.apply(i));
        }
        ObjectNode pagination = data.putObject(paginationKey);
        pagination.put("current", encode(from));
        if (to < size) {
            pagination.put("next", encode(to));
        }
        if (withPrevious && from > 0) {
            pagination.put("previous", encode(Math.max(0, from - window.count())));
        }
        pagination.put("totalEntries", size);
    }

    /** {@code listFiltersForSpace}: a numeric offset cursor, count 1..10, numbers in the output. */
    public static ObjectNode numericOffset(Request request, ObjectNode data, String listKey, ResourceList items) {
        String rawCount = first(request, "pagination.count", "pagination[count]");
        int count = rawCount == null ? SPACE_FILTERS_MAX_COUNT : parseCount(rawCount, "pagination.count", SPACE_FILTERS_MAX_COUNT);
        String rawCursor = first(request, "pagination.cursor", "pagination[cursor]");
        int offset;
        try {
            offset = rawCursor == null || rawCursor.isEmpty() ? 0 : Integer.parseInt(rawCursor.trim());
        } catch (NumberFormatException e) {
            throw ApiError.validation("pagination.cursor must be a number", "pagination.cursor");
        }
        if (offset < 0) {
            throw ApiError.validation("pagination.cursor must not be negative", "pagination.cursor");
        }
        int from = Math.min(offset, items.size());
        int to = Math.min(from + count, items.size());
        ArrayNode array = data.putArray(listKey);
        for (int i = from; i < to; i++) {
            array.add(items.get(i));
        }
        ObjectNode pagination = data.putObject("pagination");
        pagination.put("current", from);
        if (to < items.size()) {
            pagination.put("next", to);
        }
        pagination.put("totalEntries", items.size());
        return data;
    }

    /** Reverse-ETL sync statuses: top-level {@code count} (1..100, default 10) and {@code cursor}. */
    public static ObjectNode topLevel(Request request, ObjectNode data, String listKey, ResourceList items) {
        String rawCount = request.queryParam("count").orElse(null);
        int count = rawCount == null ? 10 : parseCount(rawCount, "count", REVERSE_ETL_MAX_COUNT);
        String cursor = request.queryParam("cursor").orElse(null);
        int offset = cursor == null || cursor.isEmpty() ? 0 : decode(cursor);
        page(data, listKey, items.size(), items::get, new Window(offset, count), "pagination", true);
        return data;
    }

    public static String encode(int offset) {
        return Base64.getEncoder().encodeToString(Integer.toString(offset).getBytes(StandardCharsets.US_ASCII));
    }

    public static int decode(String cursor) {
        try {
            int offset = Integer.parseInt(new String(Base64.getDecoder().decode(cursor.trim()), StandardCharsets.US_ASCII));
            if (offset < 0) {
                throw new NumberFormatException();
            }
            return offset;
        } catch (IllegalArgumentException e) {
            throw ApiError.validation("pagination.cursor is not a cursor this API returned", "pagination.cursor");
        }
    }

    static String first(Request request, String dotted, String bracketed) {
        return request.queryParam(dotted).orElseGet(() -> request.queryParam(bracketed).orElse(null));
    }
}
