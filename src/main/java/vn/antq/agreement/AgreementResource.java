package vn.antq.agreement;

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
import vn.antq.agreement.AgreementDtos.AgreementRequest;
import vn.antq.shared.audit.HistoryService;
import vn.antq.shared.http.ETags;
import vn.antq.shared.http.QueryParams;
import vn.antq.shared.http.RecordResponses;
import vn.antq.shared.security.Roles;

import java.util.UUID;

/** Coordination agreements between police, the Fatherland Front and member organizations. */
@Path("/api/v1/coordination-agreements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.ADMIN})
public class AgreementResource {

    @Inject
    AgreementService service;

    @Inject
    HistoryService history;

    @GET
    public Response list(@QueryParam("programId") String programId, @QueryParam("partyId") String partyId,
                         @QueryParam("unit") String unit, @QueryParam("status") String status,
                         @QueryParam("validOn") String validOn, @QueryParam("signedFrom") String signedFrom,
                         @QueryParam("signedTo") String signedTo, @QueryParam("q") String q,
                         @QueryParam("sort") String sort, @QueryParam("limit") String limit,
                         @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        QueryParams params = new QueryParams();
        var filter = new AgreementService.Filter(
                params.uuid("programId", programId),
                params.uuid("partyId", partyId),
                AdminUnitKey.parse(unit, "unit"),
                params.oneOf("status", status, AgreementStatus.class),
                params.date("validOn", validOn),
                params.date("signedFrom", signedFrom),
                params.date("signedTo", signedTo),
                params.text("q", q, 100));
        var page = params.page(sort, limit, cursor, AgreementService.SORTS);
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
        return RecordResponses.page(uri, history.history("coordination-agreements", AgreementService.KIND, id, page), page.limit());
    }

    @POST
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response create(AgreementRequest body, @Context UriInfo uri) {
        var created = service.create(body);
        return RecordResponses.created(uri, created.body().id(), created);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, AgreementRequest body) {
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
