package vn.antq.record;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.antq.shared.http.ETags;
import vn.antq.shared.http.PageResponses;
import vn.antq.shared.paging.Page;

import java.net.URI;

/** The responses every record resource gives, made in one place so that all resources behave alike. */
public final class RecordResponses {

    private RecordResponses() {
    }

    public static Response created(UriInfo uri, Versioned<? extends RecordView> record) {
        URI location = uri.getAbsolutePathBuilder().path(record.body().id().toString()).build();
        return Response.created(location).tag(ETags.of(record.version())).entity(record.body()).build();
    }

    /** 200 with the record and its ETag, or 304 when If-None-Match already names this version. */
    public static Response ok(Request request, Versioned<?> record) {
        EntityTag tag = ETags.of(record.version());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).build();
        }
        return Response.ok(record.body()).tag(tag).build();
    }

    public static Response updated(Versioned<?> record) {
        return Response.ok(record.body()).tag(ETags.of(record.version())).build();
    }

    /** 200 with the page and its next-page link (see {@link PageResponses}). */
    public static <T> Response page(UriInfo uri, Page<T> page, int limit) {
        return PageResponses.page(uri, page, limit);
    }
}
