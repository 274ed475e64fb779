package vn.antq.shared.paging;

import java.util.List;

/** The body of every list response. {@code next} and {@code nextCursor} are null on the last page. */
public record PageResponse<T>(List<T> items, int limit, String nextCursor, String next) {
}
