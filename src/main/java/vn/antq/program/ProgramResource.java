package vn.antq.program;

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
import vn.antq.program.ProgramDtos.ProgramRequest;
import vn.antq.record.MirroredRecordResource;
import vn.antq.shared.http.PageParams;
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
    public Response list(@BeanParam ProgramQuery query, @BeanParam PageParams page, @Context UriInfo uri) {
        return params.page(uri, query, page, ProgramService.SORTS, service::list);
    }
}
