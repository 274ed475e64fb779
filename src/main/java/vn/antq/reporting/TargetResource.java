package vn.antq.reporting;

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
import vn.antq.record.MirroredRecordResource;
import vn.antq.reporting.ReportingDtos.TargetRequest;
import vn.antq.shared.http.PageParams;
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
    public Response list(@BeanParam TargetQuery query, @BeanParam PageParams page, @Context UriInfo uri) {
        return params.page(uri, query, page, TargetService.SORTS, service::list);
    }
}
