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
        if (page.nextCursor() == null) {
            return Response.ok(new PageResponse<>(page.items(), limit, null, null)).build();
        }
        URI next = uri.getRequestUriBuilder().replaceQueryParam("cursor", page.nextCursor()).build();
        return Response.ok(new PageResponse<>(page.items(), limit, page.nextCursor(), next.toString()))
                .link(next, "next")
                .build();
    }
}
