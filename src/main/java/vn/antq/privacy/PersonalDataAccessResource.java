package vn.antq.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.antq.shared.http.CursorParams;
import vn.antq.shared.http.QueryParameters;
import vn.antq.shared.security.Roles;


/** Who read personal data in full: the admins' view of the access log, newest first. */
@Path("/api/v1/personal-data-access")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class PersonalDataAccessResource {

    @Inject
    PersonalDataAccessService service;

    @Inject
    QueryParameters params;

    @GET
    public Response list(@BeanParam AccessQuery query, @BeanParam CursorParams page, @Context UriInfo uri) {
        return params.page(uri, query, page, PersonalDataAccessService.SORTS, "-accessedAt", service::list);
    }
}
