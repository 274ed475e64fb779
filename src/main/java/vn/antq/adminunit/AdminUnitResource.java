package vn.antq.adminunit;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.antq.adminunit.AdminUnitDtos.AdminUnitDetail;
import vn.antq.shared.error.ApiProblem;
import vn.antq.shared.http.PageParams;
import vn.antq.shared.http.QueryParameters;


/** Administrative units of both eras: public reference data. */
@Path("/api/v1/admin-units")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class AdminUnitResource {

    @Inject
    AdminUnitService service;

    @Inject
    QueryParameters params;

    @GET
    public Response list(@BeanParam AdminUnitQuery query, @BeanParam PageParams page, @Context UriInfo uri) {
        return params.page(uri, query, page, AdminUnitService.SORTS, service::list);
    }

    @GET
    @Path("{era}/{code}")
    public AdminUnitDetail get(@PathParam("era") String era, @PathParam("code") String code,
                               @BeanParam AdminUnitQuery.AsOf query, @Context UriInfo uri) {
        if (!era.equals(AdminUnitKey.LEGACY) && !era.equals(AdminUnitKey.ERA_2025)) {
            throw ApiProblem.notFound("administrative unit", era + ":" + code);
        }
        params.check(uri, query);
        return service.get(era, code, query.asOf);
    }
}
