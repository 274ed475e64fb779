package vn.antq.shared.http;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.antq.shared.paging.Page;
import vn.antq.shared.paging.PageResponse;

import java.net.URI;

/** The response of every list, records and reference data alike. */
public final class PageResponses {

    private PageResponses() {
    }

    /** 200 with the page; the next page's address goes both in the body and in an RFC 8288 Link header. */
    public static <T> Response page(UriInfo uri, Page<T> page, int limit) {
        PageResponse<T> body = body(uri, page, limit);
        Response.ResponseBuilder ok = Response.ok(body);
        if (body.next() != null) {
            ok.link(URI.create(body.next()), "next");
        }
        return ok.build();
    }

    /** The body of {@link #page}: the items, the limit, and the next page's cursor and address (null on the last page). */
    public static <T> PageResponse<T> body(UriInfo uri, Page<T> page, int limit) {
        return new PageResponse<>(page.items(), limit, page.nextCursor(), nextAddress(uri, page.nextCursor()));
    }

    /** The address of the page after this request's, at {@code cursor}: this request's with its cursor replaced; null without one. */
    public static String nextAddress(UriInfo uri, String cursor) {
        return cursor == null ? null : uri.getRequestUriBuilder().replaceQueryParam("cursor", cursor).build().toString();
    }
}
