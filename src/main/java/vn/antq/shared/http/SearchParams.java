package vn.antq.shared.http;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

/**
 * The filter parameters of a list that also searches its records' text with {@code q}.
 *
 * @param <F> the filter the list's service takes
 */
public abstract class SearchParams<F> implements ListParams<F> {

    // Free words, matched unaccented against the records' search text (see SearchText): text is its type.
    @QueryParam("q") @Size(max = 100, message = QueryParameters.AT_MOST) protected String q;
}
