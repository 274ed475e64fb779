package vn.antq.program;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.antq.adminunit.AdminUnitKey;
import vn.antq.adminunit.Level;
import vn.antq.program.ProgramDtos.ProgramRequest;
import vn.antq.shared.audit.HistoryService;
import vn.antq.shared.http.ETags;
import vn.antq.shared.http.QueryParams;
import vn.antq.shared.http.RecordResponses;
import vn.antq.shared.security.Roles;

import java.util.UUID;

@Path("/api/v1/programs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.ADMIN})
public class ProgramResource {

    @Inject
    ProgramService service;

    @Inject
    HistoryService history;

    @GET
    public Response list(@QueryParam("level") String level, @QueryParam("status") String status,
                         @QueryParam("parentId") String parentId, @QueryParam("signatoryId") String signatoryId,
                         @QueryParam("unit") String unit, @QueryParam("signedFrom") String signedFrom,
                         @QueryParam("signedTo") String signedTo, @QueryParam("activeOn") String activeOn,
                         @QueryParam("q") String q, @QueryParam("sort") String sort, @QueryParam("limit") String limit,
                         @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        QueryParams params = new QueryParams();
        var filter = new ProgramService.Filter(
                params.oneOf("level", level, Level.class),
                params.oneOf("status", status, ProgramStatus.class),
                params.uuid("parentId", parentId),
                params.uuid("signatoryId", signatoryId),
                AdminUnitKey.parse(unit, "unit"),
                params.date("signedFrom", signedFrom),
                params.date("signedTo", signedTo),
                params.date("activeOn", activeOn),
                params.text("q", q, 100));
        var page = params.page(sort, limit, cursor, ProgramService.SORTS);
        return RecordResponses.page(uri, service.list(filter, page), page.limit());
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") UUID id, @Context Request request) {
        return RecordResponses.ok(request, service.get(id));
    }

    @GET
    @Path("{id}/history")
    public Response history(@PathParam("id") UUID id, @QueryParam("limit") String limit,
                            @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        var page = new QueryParams().page(null, limit, cursor, HistoryService.SORTS);
        return RecordResponses.page(uri, history.history("programs", ProgramService.KIND, id, page), page.limit());
    }

    @POST
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response create(ProgramRequest body, @Context UriInfo uri) {
        var created = service.create(body);
        return RecordResponses.created(uri, created.body().id(), created);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ProgramRequest body) {
        return RecordResponses.updated(service.update(id, ETags.requiredVersion(ifMatch), body));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response delete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ETags.requiredVersion(ifMatch));
        return Response.noContent().build();
    }
}
