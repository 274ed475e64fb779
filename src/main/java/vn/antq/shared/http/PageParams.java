package vn.antq.shared.http;

import jakarta.ws.rs.QueryParam;

/** The paging parameters of a list that the caller may sort: {@code sort}, {@code limit} and {@code cursor}. */
public class PageParams extends CursorParams {

    // A key of the list's own set (PageRequest.Sorts), optionally prefixed with '-': checked by QueryParameters.
    @QueryParam("sort") String sort;

    public String sort() {
        return sort;
    }
}
