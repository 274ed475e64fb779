package vn.antq.campaign;

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
import vn.antq.adminunit.Level;
import vn.antq.campaign.CampaignDtos.CampaignRequest;
import vn.antq.organization.OrganizationMatch;
import vn.antq.record.MirroredRecordResource;
import vn.antq.record.RecordResponses;
import vn.antq.shared.http.QueryParams;
import vn.antq.shared.security.Roles;

/** Campaign launches (phát động), thematic campaigns and emulation pledges. */
@Path("/api/v1/campaigns")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.ADMIN})
public class CampaignResource extends MirroredRecordResource<CampaignRequest> {

    @Inject
    CampaignService service;

    @Override
    protected CampaignService service() {
        return service;
    }

    @GET
    public Response list(@QueryParam("unit") String unit, @QueryParam("kind") String kind, @QueryParam("level") String level,
                         @QueryParam("year") String year, @QueryParam("launchedFrom") String launchedFrom,
                         @QueryParam("launchedTo") String launchedTo, @QueryParam("organizerId") String organizerId,
                         @QueryParam("indicatorReportId") String indicatorReportId, @QueryParam("q") String q,
                         @QueryParam("organizationId") String organizationId,
                         @QueryParam("lineage") String lineage,
                         @QueryParam("sort") String sort, @QueryParam("limit") String limit,
                         @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        QueryParams params = new QueryParams();
        var filter = new CampaignDtos.CampaignFilter(
                AdminUnitKey.parse(unit, "unit", params),
                params.oneOf("kind", kind, CampaignKind.class),
                params.oneOf("level", level, Level.class),
                params.integer("year", year, 1945, 2100),
                params.date("launchedFrom", launchedFrom),
                params.date("launchedTo", launchedTo),
                params.uuid("organizerId", organizerId),
                params.uuid("indicatorReportId", indicatorReportId),
                params.text("q", q, 100),
                OrganizationMatch.parse(params, organizationId, lineage));
        var page = params.page(sort, limit, cursor, CampaignService.SORTS);
        return RecordResponses.page(uri, service.list(filter, page), page.limit());
    }
}
