package vn.antq.indicator;

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
import vn.antq.adminunit.Level;
import vn.antq.indicator.IndicatorDtos.IndicatorRequest;
import vn.antq.record.RecordResource;
import vn.antq.record.RecordResponses;
import vn.antq.shared.http.QueryParams;
import vn.antq.shared.security.Roles;

/** The indicator catalogue: read by every role; written by admins (indicators belong to no unit). */
@Path("/api/v1/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.ADMIN})
public class IndicatorResource extends RecordResource<IndicatorRequest> {

    @Inject
    IndicatorService service;

    @Override
    protected IndicatorService service() {
        return service;
    }

    @GET
    public Response list(@QueryParam("code") String code, @QueryParam("kind") String kind, @QueryParam("level") String level,
                         @QueryParam("shareOf") String shareOf, @QueryParam("validIn") String validIn,
                         @QueryParam("q") String q, @QueryParam("sort") String sort, @QueryParam("limit") String limit,
                         @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        QueryParams params = new QueryParams();
        var filter = new IndicatorDtos.IndicatorFilter(
                params.text("code", code, 60),
                params.oneOf("kind", kind, IndicatorKind.class),
                params.oneOf("level", level, Level.class),
                params.text("shareOf", shareOf, 60),
                params.integer("validIn", validIn, 2000, 2100),
                params.text("q", q, 100));
        var page = params.page(sort, limit, cursor, IndicatorService.SORTS);
        return RecordResponses.page(uri, service.list(filter, page), page.limit());
    }
}
