package vn.antq.shared.paging;

import java.util.function.Function;

/**
 * A sortable field of a list: its name in the API, its HQL path, and how to read its value from a
 * list item (for the next page's cursor). Values are strings, dates or instants, never null, so that
 * keyset pagination over (value, id) is total and stable.
 *
 * @param <T> the list item type
 */
public record SortKey<T>(String name, String path, Class<?> type, Function<T, Object> value) {
}
