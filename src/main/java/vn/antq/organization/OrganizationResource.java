package vn.antq.organization;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.antq.adminunit.AdminUnitKey;
import vn.antq.adminunit.Level;
import vn.antq.organization.OrganizationDtos.OrganizationRequest;
import vn.antq.record.MirroredRecordResource;
import vn.antq.record.RecordResponses;
import vn.antq.shared.http.QueryParams;
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
    public Response list(@QueryParam("type") String type, @QueryParam("level") String level,
                         @QueryParam("unit") String unit, @QueryParam("parentId") String parentId,
                         @QueryParam("activeOn") String activeOn, @QueryParam("q") String q,
                         @QueryParam("sort") String sort, @QueryParam("limit") String limit,
                         @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        QueryParams params = new QueryParams();
        var filter = new OrganizationDtos.OrganizationFilter(
                params.oneOf("type", type, OrganizationType.class),
                params.oneOf("level", level, Level.class),
                AdminUnitKey.parse(unit, "unit", params),
                params.uuid("parentId", parentId),
                params.date("activeOn", activeOn),
                params.text("q", q, 100));
        var page = params.page(sort, limit, cursor, OrganizationService.SORTS);
        return RecordResponses.page(uri, service.list(filter, page), page.limit());
    }
}
