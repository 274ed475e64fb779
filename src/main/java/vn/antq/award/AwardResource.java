package vn.antq.award;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.antq.award.AwardDtos.AnnulmentRequest;
import vn.antq.award.AwardDtos.AwardRequest;
import vn.antq.award.AwardDtos.RecipientCorrection;
import vn.antq.organization.OrganizationMatch;
import vn.antq.record.MirroredRecordResource;
import vn.antq.record.RecordResponses;
import vn.antq.shared.http.ETags;
import vn.antq.shared.http.QueryParams;
import vn.antq.shared.security.Roles;

import java.util.UUID;

/** Award decisions (khen thưởng) with their recipients; annulled by a dedicated operation. */
@Path("/api/v1/awards")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.ADMIN})
public class AwardResource extends MirroredRecordResource<AwardRequest> {

    @Inject
    AwardService service;

    @Override
    protected AwardService service() {
        return service;
    }

    @GET
    public Response list(@QueryParam("issuerId") String issuerId, @QueryParam("form") String form,
                         @QueryParam("year") String year, @QueryParam("occasion") String occasion,
                         @QueryParam("programId") String programId,
                         @QueryParam("recipientOrganizationId") String recipientOrganizationId,
                         @QueryParam("recipientName") String recipientName, @QueryParam("status") String status,
                         @QueryParam("q") String q, @QueryParam("organizationId") String organizationId,
                         @QueryParam("lineage") String lineage, @QueryParam("sort") String sort, @QueryParam("limit") String limit,
                         @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        QueryParams params = new QueryParams();
        var filter = new AwardDtos.AwardFilter(
                params.uuid("issuerId", issuerId),
                params.oneOf("form", form, AwardForm.class),
                params.integer("year", year, 1945, 2100),
                params.oneOf("occasion", occasion, AwardOccasion.class),
                params.uuid("programId", programId),
                params.uuid("recipientOrganizationId", recipientOrganizationId),
                params.text("recipientName", recipientName, 100),
                params.oneOf("status", status, AwardStatus.class),
                params.text("q", q, 100),
                OrganizationMatch.parse(params, organizationId, lineage));
        var page = params.page(sort, limit, cursor, AwardService.SORTS);
        return RecordResponses.page(uri, service.list(filter, page), page.limit());
    }

    @POST
    @Path("{id}/annulment")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response annul(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          AnnulmentRequest body) {
        return RecordResponses.updated(service.annul(id, ETags.requiredVersion(ifMatch), body));
    }

    @POST
    @Path("{id}/recipients/{index}/erasure")
    @RolesAllowed(Roles.ADMIN)
    public Response erase(@PathParam("id") UUID id, @PathParam("index") String index,
                          @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        int at = recipientIndex(index);
        return RecordResponses.updated(service.erase(id, at, ETags.requiredVersion(ifMatch)));
    }

    @POST
    @Path("{id}/recipients/{index}/correction")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response correct(@PathParam("id") UUID id, @PathParam("index") String index,
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, RecipientCorrection body) {
        int at = recipientIndex(index);
        return RecordResponses.updated(service.correct(id, at, ETags.requiredVersion(ifMatch), body));
    }

    /** A recipient's place in the decision's list, from 0. */
    private static int recipientIndex(String index) {
        QueryParams params = new QueryParams();
        Integer at = params.integer("index", index, 0, 499);
        params.validate();
        return at;
    }
}
