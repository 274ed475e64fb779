package vn.antq.adminunit;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.antq.adminunit.AdminUnitDtos.AdminUnitDetail;
import vn.antq.shared.error.ApiProblem;
import vn.antq.shared.http.PageResponses;
import vn.antq.shared.http.QueryParams;

import java.time.LocalDate;

/** Administrative units of both eras: public reference data. */
@Path("/api/v1/admin-units")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class AdminUnitResource {

    @Inject
    AdminUnitService service;

    @GET
    public Response list(@QueryParam("level") String level, @QueryParam("era") String era,
                         @QueryParam("asOf") String asOf, @QueryParam("parent") String parent,
                         @QueryParam("q") String q, @QueryParam("sort") String sort,
                         @QueryParam("limit") String limit, @QueryParam("cursor") String cursor,
                         @Context UriInfo uri) {
        QueryParams params = new QueryParams();
        LocalDate date = params.date("asOf", asOf);
        String text = params.text("q", q, 100);
        params.choice("level", level, AdminUnitService.LEVELS);
        params.choice("era", era, AdminUnitService.ERAS);
        var filter = new AdminUnitDtos.AdminUnitFilter(level, era, date, AdminUnitKey.parse(parent, "parent", params), text);
        var page = params.page(sort, limit, cursor, AdminUnitService.SORTS);
        return PageResponses.page(uri, service.list(filter, page), page.limit());
    }

    @GET
    @Path("{era}/{code}")
    public AdminUnitDetail get(@PathParam("era") String era, @PathParam("code") String code, @QueryParam("asOf") String asOf) {
        if (!era.equals(AdminUnitKey.LEGACY) && !era.equals(AdminUnitKey.ERA_2025)) {
            throw ApiProblem.notFound("administrative unit", era + ":" + code);
        }
        QueryParams params = new QueryParams();
        LocalDate date = params.date("asOf", asOf);
        params.validate();
        return service.get(era, code, date);
    }
}
