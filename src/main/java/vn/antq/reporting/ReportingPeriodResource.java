package vn.antq.reporting;

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
import vn.antq.record.MirroredRecordResource;
import vn.antq.record.RecordResponses;
import vn.antq.reporting.ReportingDtos.PeriodRequest;
import vn.antq.reporting.ReportingDtos.StandingFilter;
import vn.antq.reporting.ReportingDtos.StandingPage;
import vn.antq.review.ReviewKind;
import vn.antq.shared.http.CsvFiles;
import vn.antq.shared.http.QueryParams;
import vn.antq.shared.security.Roles;

import java.net.URI;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@Path("/api/v1/reporting-periods")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.ADMIN})
public class ReportingPeriodResource extends MirroredRecordResource<PeriodRequest> {

    private static final Set<String> KINDS = Arrays.stream(ReviewKind.values()).map(ReviewKind::toString).collect(Collectors.toSet());

    @Inject
    ReportingPeriodService service;
    @Inject
    StandingService standings;

    @Override
    protected ReportingPeriodService service() {
        return service;
    }

    @GET
    public Response list(@QueryParam("kind") String kind, @QueryParam("level") String level, @QueryParam("era") String era,
                         @QueryParam("year") String year, @QueryParam("unit") String unit,
                         @QueryParam("dueFrom") String dueFrom, @QueryParam("dueTo") String dueTo,
                         @QueryParam("organizationId") String organizationId, @QueryParam("q") String q,
                         @QueryParam("sort") String sort, @QueryParam("limit") String limit,
                         @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        QueryParams params = new QueryParams();
        String kindText = params.choice("kind", kind, KINDS);
        var filter = new ReportingDtos.PeriodFilter(
                kindText == null ? null : new ReviewKind.DatabaseValue().convertToEntityAttribute(kindText),
                params.oneOf("level", level, Level.class),
                params.choice("era", era, Set.of(AdminUnitKey.LEGACY, AdminUnitKey.ERA_2025)),
                params.integer("year", year, 2000, 2100),
                AdminUnitKey.parse(unit, "unit", params),
                params.date("dueFrom", dueFrom),
                params.date("dueTo", dueTo),
                params.uuid("organizationId", organizationId),
                params.text("q", q, 100));
        var page = params.page(sort, limit, cursor, ReportingPeriodService.SORTS);
        return RecordResponses.page(uri, service.list(filter, page), page.limit());
    }

    /** Every unit that must report in the period and where it stands, with the counts per status. */
    @GET
    @Path("{id}/units")
    public Response units(@PathParam("id") UUID id, @QueryParam("status") String status, @QueryParam("late") String late,
                          @QueryParam("q") String q, @QueryParam("limit") String limit, @QueryParam("cursor") String cursor,
                          @Context UriInfo uri) {
        QueryParams params = new QueryParams();
        StandingFilter filter = new StandingFilter(params.oneOf("status", status, StandingStatus.class),
                params.bool("late", late), params.text("q", q, 100));
        var page = params.page(null, limit, cursor, StandingService.SORTS);
        StandingService.Standing standing = standings.standing(id, filter.q(), standings.now());
        var found = StandingService.page(standing.units(), filter, page);
        String next = null;
        if (found.nextCursor() != null) {
            next = uri.getRequestUriBuilder().replaceQueryParam("cursor", found.nextCursor()).build().toString();
        }
        Response.ResponseBuilder response = Response.ok(new StandingPage(standing.period(), standing.asOf(), standing.summary(),
                found.items(), page.limit(), found.nextCursor(), next));
        if (next != null) {
            response.link(URI.create(next), "next");
        }
        return response.build();
    }

    /** The same units as CSV, every one that passes the filters (no paging). */
    @GET
    @Path("{id}/units.csv")
    @Produces(CsvFiles.CSV)
    public Response unitsCsv(@PathParam("id") UUID id, @QueryParam("status") String status, @QueryParam("late") String late,
                             @QueryParam("q") String q, @QueryParam("bom") String bom) {
        QueryParams params = new QueryParams();
        StandingFilter filter = new StandingFilter(params.oneOf("status", status, StandingStatus.class),
                params.bool("late", late), params.text("q", q, 100));
        Boolean withBom = params.bool("bom", bom);
        params.validate();
        StandingService.Standing standing = standings.standing(id, filter.q(), standings.now());
        String csv = StandingCsv.write(standing, filter);
        Response response = CsvFiles.attachment((Boolean.TRUE.equals(withBom) ? "\uFEFF" : "") + csv, "reporting-period-units.csv");
        return response;
    }
}
