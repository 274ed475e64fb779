package vn.antq.organization;

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
import vn.antq.organization.SuccessionDtos.SuccessionRequest;
import vn.antq.record.RecordResource;
import vn.antq.shared.http.PageParams;
import vn.antq.shared.security.Roles;

/** Succession events: organizations merged, split, dissolved, renamed, or whose functions passed to others. */
@Path("/api/v1/organization-successions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.ADMIN})
public class OrganizationSuccessionResource extends RecordResource<SuccessionRequest> {

    @Inject
    OrganizationSuccessionService service;

    @Override
    protected OrganizationSuccessionService service() {
        return service;
    }

    @GET
    public Response list(@BeanParam SuccessionQuery query, @BeanParam PageParams page, @Context UriInfo uri) {
        return params.page(uri, query, page, OrganizationSuccessionService.SORTS, service::list);
    }
}
