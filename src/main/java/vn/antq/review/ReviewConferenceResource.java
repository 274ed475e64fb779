package vn.antq.review;

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
import vn.antq.organization.OrganizationMatch;
import vn.antq.record.MirroredRecordResource;
import vn.antq.record.RecordResponses;
import vn.antq.review.ReviewDtos.ConferenceRequest;
import vn.antq.shared.http.QueryParams;
import vn.antq.shared.security.Roles;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** Review conferences (sơ kết, tổng kết, annual reviews) as records of their own. */
@Path("/api/v1/review-conferences")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.ADMIN})
public class ReviewConferenceResource extends MirroredRecordResource<ConferenceRequest> {

    static final Set<String> KINDS = Arrays.stream(ReviewKind.values()).map(ReviewKind::toString).collect(Collectors.toSet());

    @Inject
    ReviewConferenceService service;

    @Override
    protected ReviewConferenceService service() {
        return service;
    }

    @GET
    public Response list(@QueryParam("unit") String unit, @QueryParam("kind") String kind, @QueryParam("level") String level,
                         @QueryParam("year") String year, @QueryParam("heldFrom") String heldFrom,
                         @QueryParam("heldTo") String heldTo, @QueryParam("programId") String programId,
                         @QueryParam("agreementId") String agreementId,
                         @QueryParam("indicatorReportId") String indicatorReportId, @QueryParam("q") String q, @QueryParam("organizationId") String organizationId,
                         @QueryParam("lineage") String lineage,
                         @QueryParam("sort") String sort, @QueryParam("limit") String limit,
                         @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        QueryParams params = new QueryParams();
        String kindText = params.choice("kind", kind, KINDS);
        var filter = new ReviewDtos.ConferenceFilter(
                AdminUnitKey.parse(unit, "unit", params),
                kindText == null ? null : new ReviewKind.DatabaseValue().convertToEntityAttribute(kindText),
                params.oneOf("level", level, Level.class),
                params.integer("year", year, 1945, 2100),
                params.date("heldFrom", heldFrom),
                params.date("heldTo", heldTo),
                params.uuid("programId", programId),
                params.uuid("agreementId", agreementId),
                params.uuid("indicatorReportId", indicatorReportId),
                params.text("q", q, 100),
                OrganizationMatch.parse(params, organizationId, lineage));
        var page = params.page(sort, limit, cursor, ReviewConferenceService.SORTS);
        return RecordResponses.page(uri, service.list(filter, page), page.limit());
    }
}
