package vn.antq.shared.paging;

import vn.antq.shared.error.ApiProblem;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * The validated paging part of a list request (see {@code QueryParams#page}): sort key and direction, page size, and the position
 * after which the page starts, decoded from the opaque cursor. The order is (sort value, unique key),
 * so it is total and stable even when sort values repeat.
 */
public record PageRequest<T>(SortKey<T> sort, SortKey<T> uniqueKey, boolean descending, int limit,
                             Object afterValue, Object afterKey) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;
    private static final char SEPARATOR = '\n';

    /** The first page in the given order; {@link #after(String)} moves it to a cursor's position. */
    public static <T> PageRequest<T> first(SortKey<T> sort, SortKey<T> uniqueKey, boolean descending, int limit) {
        return new PageRequest<>(sort, uniqueKey, descending, limit, null, null);
    }

    /** The cursor that continues after {@code last}, in this request's order. */
    public String cursorAfter(T last) {
        String raw = order() + SEPARATOR + sort.value().apply(last) + SEPARATOR + uniqueKey.value().apply(last);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    private String order() {
        return (descending ? "-" : "") + sort.name();
    }

    /** This request positioned after the cursor of a previous page (unchanged when the cursor is null). */
    public PageRequest<T> after(String cursor) {
        if (cursor == null) {
            return this;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int first = raw.indexOf(SEPARATOR);
            int last = raw.lastIndexOf(SEPARATOR);
            if (!raw.substring(0, first).equals(order())) {
                throw ApiProblem.invalid("cursor", "belongs to another sort order; keep the sort of the first page");
            }
            Object value = parse(raw.substring(first + 1, last), sort.type());
            Object key = parse(raw.substring(last + 1), uniqueKey.type());
            return new PageRequest<>(sort, uniqueKey, descending, limit, value, key);
        } catch (IllegalArgumentException | IndexOutOfBoundsException | java.time.DateTimeException e) {
            throw ApiProblem.invalid("cursor", "is not a cursor issued by this list");
        }
    }

    private static Object parse(String value, Class<?> type) {
        if (type == LocalDate.class) {
            return LocalDate.parse(value);
        }
        if (type == Instant.class) {
            return Instant.parse(value);
        }
        if (type == UUID.class) {
            return UUID.fromString(value);
        }
        if (type == Long.class) {
            return Long.valueOf(value);
        }
        if (type == Double.class) {
            return Double.valueOf(value);
        }
        return value;
    }

    /** The sort keys a list offers, the one it uses by default, and the unique key that breaks ties. */
    public record Sorts<T>(List<SortKey<T>> keys, SortKey<T> defaultKey, SortKey<T> uniqueKey) {
    }
}
