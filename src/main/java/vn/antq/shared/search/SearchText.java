package vn.antq.shared.search;

/**
 * Search terms are normalised in the database by {@code search_normalize} (lower case, no diacritics),
 * the same function that fills each table's indexed {@code search_text}; this class only makes the
 * user's text literal inside a LIKE pattern.
 */
public final class SearchText {

    private SearchText() {
    }

    public static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
