package vn.antq.grassroots;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.antq.grassroots.ModelDtos.PointRequest;
import vn.antq.grassroots.ModelDtos.PointWrite;
import vn.antq.record.RecordResponses;
import vn.antq.shared.http.ETags;
import vn.antq.shared.http.JsonMergePatch;
import vn.antq.shared.http.PageParams;
import vn.antq.shared.http.QueryParameters;
import vn.antq.shared.security.Roles;

import java.util.UUID;

/**
 * The points of a model, under their model: the same record shape as every registry record (ETag,
 * If-Match, 201 with Location), without a history of their own: a point's changes are in its model's.
 */
@Path("/api/v1/models/{modelId}/points")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.ADMIN})
public class PointResource {

    @Inject
    QueryParameters params;

    @Inject
    PointService service;

    @GET
    public Response list(@PathParam("modelId") UUID modelId, @BeanParam PointQuery query, @BeanParam PageParams page,
                         @Context UriInfo uri) {
        return params.page(uri, query, page, PointService.SORTS, (filter, p) -> service.list(modelId, filter, p));
    }

    @GET
    @Path("{pointId}")
    public Response get(@PathParam("modelId") UUID modelId, @PathParam("pointId") UUID pointId, @Context Request request) {
        service.requireInModel(modelId, pointId);
        return RecordResponses.ok(request, service.get(pointId));
    }

    @POST
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response create(@PathParam("modelId") UUID modelId, PointRequest body, @Context UriInfo uri) {
        return RecordResponses.created(uri, service.create(new PointWrite(modelId, body)));
    }

    @PUT
    @Path("{pointId}")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response update(@PathParam("modelId") UUID modelId, @PathParam("pointId") UUID pointId,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, PointRequest body) {
        service.requireInModel(modelId, pointId);
        return RecordResponses.updated(service.update(pointId, ETags.requiredVersion(ifMatch), new PointWrite(modelId, body)));
    }

    @PATCH
    @Path("{pointId}")
    @Consumes(JsonMergePatch.MEDIA_TYPE)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response patch(@PathParam("modelId") UUID modelId, @PathParam("pointId") UUID pointId,
                          @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonNode patch) {
        service.requireInModel(modelId, pointId);
        return RecordResponses.updated(service.patch(pointId, ETags.requiredVersion(ifMatch), patch));
    }

    @DELETE
    @Path("{pointId}")
    @Produces(MediaType.WILDCARD) // no body on success: see RecordResource#delete
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response delete(@PathParam("modelId") UUID modelId, @PathParam("pointId") UUID pointId,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.requireInModel(modelId, pointId);
        service.delete(pointId, ETags.requiredVersion(ifMatch));
        return Response.noContent().build();
    }
}
