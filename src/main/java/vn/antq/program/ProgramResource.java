package vn.antq.program;

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
import vn.antq.adminunit.Level;
import vn.antq.organization.OrganizationMatch;
import vn.antq.program.ProgramDtos.ProgramRequest;
import vn.antq.record.MirroredRecordResource;
import vn.antq.record.RecordResponses;
import vn.antq.shared.http.QueryParams;
import vn.antq.shared.security.Roles;


@Path("/api/v1/programs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.ADMIN})
public class ProgramResource extends MirroredRecordResource<ProgramRequest> {

    @Inject
    ProgramService service;

    @Override
    protected ProgramService service() {
        return service;
    }

    @GET
    public Response list(@QueryParam("level") String level, @QueryParam("status") String status,
                         @QueryParam("parentId") String parentId, @QueryParam("signatoryId") String signatoryId,
                         @QueryParam("unit") String unit, @QueryParam("signedFrom") String signedFrom,
                         @QueryParam("signedTo") String signedTo, @QueryParam("activeOn") String activeOn,
                         @QueryParam("q") String q, @QueryParam("organizationId") String organizationId,
                         @QueryParam("lineage") String lineage, @QueryParam("sort") String sort, @QueryParam("limit") String limit,
                         @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        QueryParams params = new QueryParams();
        var filter = new ProgramDtos.ProgramFilter(
                params.oneOf("level", level, Level.class),
                params.oneOf("status", status, ProgramStatus.class),
                params.uuid("parentId", parentId),
                params.uuid("signatoryId", signatoryId),
                AdminUnitKey.parse(unit, "unit", params),
                params.date("signedFrom", signedFrom),
                params.date("signedTo", signedTo),
                params.date("activeOn", activeOn),
                params.text("q", q, 100),
                OrganizationMatch.parse(params, organizationId, lineage));
        var page = params.page(sort, limit, cursor, ProgramService.SORTS);
        return RecordResponses.page(uri, service.list(filter, page), page.limit());
    }
}
