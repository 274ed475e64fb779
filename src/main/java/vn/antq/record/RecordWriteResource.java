package vn.antq.record;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.antq.shared.audit.HistoryService;
import vn.antq.shared.http.ETags;
import vn.antq.shared.http.JsonMergePatch;
import vn.antq.shared.http.QueryParameters;
import vn.antq.shared.http.CursorParams;
import vn.antq.shared.security.Roles;

import java.util.UUID;

/**
 * The writing side every registry record shares: create (201 with Location), full replace, merge patch and
 * delete under If-Match, and the record's audit history. {@link RecordResource} adds the read with ETag and
 * 304; a feature whose reads are served elsewhere (festivals: the public schedule) extends this directly.
 *
 * @param <R> the create/replace request body
 */
public abstract class RecordWriteResource<R> {

    @Inject
    HistoryService history;

    /** Checks the query parameters of the resource's reads and answers its lists (see {@link QueryParameters}). */
    @Inject
    protected QueryParameters params;

    protected abstract RecordService<?, R, ?> service();

    @GET
    @Path("{id}/history")
    @Produces(MediaType.APPLICATION_JSON)
    public Response history(@PathParam("id") UUID id, @BeanParam CursorParams paging, @Context UriInfo uri) {
        return params.page(uri, paging, HistoryService.SORTS, null,
                page -> service().shownHistory(id, history.history(service().collection(), service().kind(), id, page)));
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response create(R body, @Context UriInfo uri) {
        var created = service().create(body);
        return RecordResponses.created(uri, created);
    }

    @PUT
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, R body) {
        return RecordResponses.updated(service().update(id, ETags.requiredVersion(ifMatch), body));
    }

    @PATCH
    @Path("{id}")
    @Consumes(JsonMergePatch.MEDIA_TYPE)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response patch(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonNode patch) {
        return RecordResponses.updated(service().patch(id, ETags.requiredVersion(ifMatch), patch));
    }

    /**
     * No body on success, and errors are problem+json whatever the request accepts: a resource's JSON-only
     * {@code @Produces} would refuse the {@code Accept: application/problem+json} that generated clients send
     * for an operation whose only documented body is a problem (406 before the method runs).
     */
    @DELETE
    @Path("{id}")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response delete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service().delete(id, ETags.requiredVersion(ifMatch));
        return Response.noContent().build();
    }
}
