package vn.antq.reporting;

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
import vn.antq.record.MirroredRecordResource;
import vn.antq.record.RecordResponses;
import vn.antq.reporting.ReportingDtos.TargetRequest;
import vn.antq.shared.http.QueryParams;
import vn.antq.shared.security.Roles;

@Path("/api/v1/targets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.ADMIN})
public class TargetResource extends MirroredRecordResource<TargetRequest> {

    @Inject
    TargetService service;

    @Override
    protected TargetService service() {
        return service;
    }

    @GET
    public Response list(@QueryParam("unit") String unit, @QueryParam("indicator") String indicator,
                         @QueryParam("year") String year, @QueryParam("q") String q, @QueryParam("sort") String sort,
                         @QueryParam("limit") String limit, @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        QueryParams params = new QueryParams();
        var filter = new ReportingDtos.TargetFilter(AdminUnitKey.parse(unit, "unit", params),
                params.text("indicator", indicator, 60), params.integer("year", year, 2000, 2100), params.text("q", q, 100));
        var page = params.page(sort, limit, cursor, TargetService.SORTS);
        return RecordResponses.page(uri, service.list(filter, page), page.limit());
    }
}
