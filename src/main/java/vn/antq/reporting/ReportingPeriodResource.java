package vn.antq.reporting;

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
import vn.antq.record.MirroredRecordResource;
import vn.antq.reporting.ReportingDtos.PeriodRequest;
import vn.antq.reporting.ReportingDtos.StandingFilter;
import vn.antq.reporting.ReportingDtos.StandingPage;
import vn.antq.shared.http.CsvFiles;
import vn.antq.shared.http.CursorParams;
import vn.antq.shared.http.PageParams;
import vn.antq.shared.http.PageResponses;
import vn.antq.shared.security.Roles;

import java.net.URI;
import java.util.UUID;

@Path("/api/v1/reporting-periods")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.ADMIN})
public class ReportingPeriodResource extends MirroredRecordResource<PeriodRequest> {


    @Inject
    ReportingPeriodService service;
    @Inject
    StandingService standings;

    @Override
    protected ReportingPeriodService service() {
        return service;
    }

    @GET
    public Response list(@BeanParam PeriodQuery query, @BeanParam PageParams page, @Context UriInfo uri) {
        return params.page(uri, query, page, ReportingPeriodService.SORTS, service::list);
    }

    /** Every unit that must report in the period and where it stands, with the counts per status. */
    @GET
    @Path("{id}/units")
    public Response units(@PathParam("id") UUID id, @BeanParam StandingQuery query, @BeanParam CursorParams paging,
                          @Context UriInfo uri) {
        var page = params.request(uri, StandingService.SORTS, null, paging, query);
        StandingFilter filter = query.filter();
        StandingService.Standing standing = standings.standing(id, filter.q(), standings.now());
        var found = StandingService.page(standing.units(), filter, page);
        String next = PageResponses.nextAddress(uri, found.nextCursor());
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
    public Response unitsCsv(@PathParam("id") UUID id, @BeanParam StandingQuery.Csv query, @Context UriInfo uri) {
        params.check(uri, query);
        StandingFilter filter = query.filter();
        StandingService.Standing standing = standings.standing(id, filter.q(), standings.now());
        String csv = StandingCsv.write(standing, filter);
        return CsvFiles.attachment((query.withBom() ? "\uFEFF" : "") + csv, "reporting-period-units.csv");
    }
}
