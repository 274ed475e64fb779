package vn.antq.indicator;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.antq.indicator.IndicatorDtos.IndicatorRequest;
import vn.antq.record.RecordResource;
import vn.antq.shared.http.PageParams;
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
    public Response list(@BeanParam IndicatorQuery query, @BeanParam PageParams page, @Context UriInfo uri) {
        return params.page(uri, query, page, IndicatorService.SORTS, service::list);
    }
}
