package vn.antq.shared.paging;

import java.util.List;

/** One page of a list: its items and, when more follow, the opaque cursor of the next page. */
public record Page<T>(List<T> items, String nextCursor) {
}
