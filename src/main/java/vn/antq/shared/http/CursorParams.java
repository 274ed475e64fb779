package vn.antq.shared.http;

import jakarta.ws.rs.QueryParam;
import org.hibernate.validator.constraints.Range;
import vn.antq.shared.paging.PageRequest;

/** The paging parameters of a list in a fixed order: the page size and the cursor of the page to read. */
public class CursorParams {

    @QueryParam("limit")
    @Range(min = 1, max = PageRequest.MAX_LIMIT, message = QueryParameters.BETWEEN)
    Integer limit;

    // Opaque: only PageRequest reads it, once every other parameter is valid.
    @QueryParam("cursor") String cursor;

    public Integer limit() {
        return limit;
    }

    public String cursor() {
        return cursor;
    }
}
