package vn.antq.grassroots;

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
import vn.antq.adminunit.AdminUnitKey;
import vn.antq.grassroots.ModelDtos.ModelRequest;
import vn.antq.organization.OrganizationMatch;
import vn.antq.organization.OrganizationType;
import vn.antq.record.ChangeDtos.ChangesPage;
import vn.antq.record.ChangeFeed;
import vn.antq.record.MirroredRecordResource;
import vn.antq.record.RecordResponses;
import vn.antq.shared.http.QueryParams;
import vn.antq.shared.security.Roles;

/** Grassroots models of the movement (mô hình), with their derived totals and status history. */
@Path("/api/v1/models")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.ADMIN})
public class ModelResource extends MirroredRecordResource<ModelRequest> {

    @Inject
    ModelService service;
    @Inject
    PointService points;

    @Override
    protected ModelService service() {
        return service;
    }

    @GET
    public Response list(@QueryParam("unit") String unit, @QueryParam("category") String category,
                         @QueryParam("topic") String topic, @QueryParam("status") String status,
                         @QueryParam("sponsorId") String sponsorId, @QueryParam("sponsorType") String sponsorType,
                         @QueryParam("exemplary") String exemplary, @QueryParam("establishedFrom") String establishedFrom,
                         @QueryParam("establishedTo") String establishedTo,
                         @QueryParam("replicatedFromId") String replicatedFromId, @QueryParam("q") String q,
                         @QueryParam("organizationId") String organizationId,
                         @QueryParam("lineage") String lineage,
                         @QueryParam("sort") String sort, @QueryParam("limit") String limit,
                         @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        QueryParams params = new QueryParams();
        var filter = new ModelDtos.ModelFilter(
                AdminUnitKey.parse(unit, "unit", params),
                params.oneOf("category", category, ModelCategory.class),
                params.oneOf("topic", topic, ModelTopic.class),
                params.oneOf("status", status, ModelStatus.class),
                params.uuid("sponsorId", sponsorId),
                params.oneOf("sponsorType", sponsorType, OrganizationType.class),
                params.bool("exemplary", exemplary),
                params.date("establishedFrom", establishedFrom),
                params.date("establishedTo", establishedTo),
                params.uuid("replicatedFromId", replicatedFromId),
                params.text("q", q, 100),
                OrganizationMatch.parse(params, organizationId, lineage));
        var page = params.page(sort, limit, cursor, ModelService.SORTS);
        return RecordResponses.page(uri, service.list(filter, page), page.limit());
    }

    /** The change feed of every model's points (see {@link ChangeFeed}). */
    @GET
    @Path("points/changes")
    public ChangesPage<?> changesOfPoints(@QueryParam("since") String since, @QueryParam("unit") String unit,
                              @QueryParam("limit") String limit) {
        return feed.page(points, since, unit, limit);
    }
}
