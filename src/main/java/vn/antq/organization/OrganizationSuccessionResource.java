package vn.antq.organization;

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
import vn.antq.organization.SuccessionDtos.SuccessionFilter;
import vn.antq.organization.SuccessionDtos.SuccessionRequest;
import vn.antq.record.RecordResource;
import vn.antq.record.RecordResponses;
import vn.antq.shared.http.QueryParams;
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
    public Response list(@QueryParam("kind") String kind, @QueryParam("organizationId") String organizationId,
                         @QueryParam("effectiveFrom") String effectiveFrom, @QueryParam("effectiveTo") String effectiveTo,
                         @QueryParam("q") String q, @QueryParam("sort") String sort, @QueryParam("limit") String limit,
                         @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        QueryParams params = new QueryParams();
        var filter = new SuccessionFilter(
                params.oneOf("kind", kind, SuccessionKind.class),
                params.uuid("organizationId", organizationId),
                params.date("effectiveFrom", effectiveFrom),
                params.date("effectiveTo", effectiveTo),
                params.text("q", q, 100));
        var page = params.page(sort, limit, cursor, OrganizationSuccessionService.SORTS);
        return RecordResponses.page(uri, service.list(filter, page), page.limit());
    }
}
