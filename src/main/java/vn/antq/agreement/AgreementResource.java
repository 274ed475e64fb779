package vn.antq.agreement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.antq.adminunit.AdminUnitKey;
import vn.antq.agreement.AgreementDtos.AgreementRequest;
import vn.antq.organization.OrganizationMatch;
import vn.antq.record.MirroredRecordResource;
import vn.antq.record.RecordResponses;
import vn.antq.shared.http.QueryParams;
import vn.antq.shared.security.Roles;


/** Coordination agreements between police, the Fatherland Front and member organizations. */
@Path("/api/v1/coordination-agreements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.ADMIN})
public class AgreementResource extends MirroredRecordResource<AgreementRequest> {

    @Inject
    AgreementService service;

    @Override
    protected AgreementService service() {
        return service;
    }

    @GET
    public Response list(@QueryParam("programId") String programId, @QueryParam("partyId") String partyId,
                         @QueryParam("unit") String unit, @QueryParam("status") String status,
                         @QueryParam("validOn") String validOn, @QueryParam("signedFrom") String signedFrom,
                         @QueryParam("signedTo") String signedTo, @QueryParam("q") String q, @QueryParam("organizationId") String organizationId,
                         @QueryParam("lineage") String lineage,
                         @QueryParam("sort") String sort, @QueryParam("limit") String limit,
                         @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        QueryParams params = new QueryParams();
        var filter = new AgreementDtos.AgreementFilter(
                params.uuid("programId", programId),
                params.uuid("partyId", partyId),
                AdminUnitKey.parse(unit, "unit", params),
                params.oneOf("status", status, AgreementStatus.class),
                params.date("validOn", validOn),
                params.date("signedFrom", signedFrom),
                params.date("signedTo", signedTo),
                params.text("q", q, 100),
                OrganizationMatch.parse(params, organizationId, lineage));
        var page = params.page(sort, limit, cursor, AgreementService.SORTS);
        return RecordResponses.page(uri, service.list(filter, page), page.limit());
    }
}
