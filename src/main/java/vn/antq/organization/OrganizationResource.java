package vn.antq.organization;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.antq.organization.OrganizationDtos.OrganizationRequest;
import vn.antq.record.MirroredRecordResource;
import vn.antq.shared.http.PageParams;
import vn.antq.shared.security.Roles;

import java.util.UUID;

/** Police units, Fatherland Front committees, member organizations and the other participants. */
@Path("/api/v1/organizations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.ADMIN})
public class OrganizationResource extends MirroredRecordResource<OrganizationRequest> {

    @Inject
    OrganizationService service;
    @Inject
    OrganizationSuccessionService successions;

    @Override
    protected OrganizationService service() {
        return service;
    }

    /** The organization's chain both ways, through succession events, with the events and their dates. */
    @GET
    @Path("{id}/lineage")
    public Response lineage(@PathParam("id") UUID id) {
        return Response.ok(successions.lineage(id)).build();
    }

    @GET
    public Response list(@BeanParam OrganizationQuery query, @BeanParam PageParams page, @Context UriInfo uri) {
        return params.page(uri, query, page, OrganizationService.SORTS, service::list);
    }
}
