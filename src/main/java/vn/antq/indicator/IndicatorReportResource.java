package vn.antq.indicator;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.antq.adminunit.AdminUnitKey;
import vn.antq.adminunit.Level;
import vn.antq.indicator.IndicatorReportDtos.ReportRequest;
import vn.antq.indicator.IndicatorReportDtos.ReturnRequest;
import vn.antq.organization.OrganizationMatch;
import vn.antq.record.MirroredRecordResource;
import vn.antq.record.RecordResponses;
import vn.antq.review.ReviewKind;
import vn.antq.shared.error.ApiProblem;
import vn.antq.shared.http.CsvFiles;
import vn.antq.shared.http.ETags;
import vn.antq.shared.http.QueryParams;
import vn.antq.shared.security.Roles;

import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static vn.antq.shared.http.CsvFiles.CSV;

/** Periodic indicator reports: written, submitted, accepted or returned; the statistics add up the accepted ones. */
@Path("/api/v1/indicator-reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.ADMIN})
public class IndicatorReportResource extends MirroredRecordResource<ReportRequest> {

    static final Set<String> KINDS = Arrays.stream(ReviewKind.values()).map(ReviewKind::toString).collect(Collectors.toSet());


    @Inject
    IndicatorReportService service;
    @Inject
    IndicatorBulkImport bulk;

    @Override
    protected IndicatorReportService service() {
        return service;
    }

    @GET
    public Response list(@QueryParam("unit") String unit, @QueryParam("level") String level, @QueryParam("kind") String kind,
                         @QueryParam("status") String status, @QueryParam("year") String year,
                         @QueryParam("organizationId") String organizationId,
                         @QueryParam("lineage") String lineage, @QueryParam("indicator") String indicator,
                         @QueryParam("q") String q, @QueryParam("sort") String sort, @QueryParam("limit") String limit,
                         @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        QueryParams params = new QueryParams();
        String kindText = params.choice("kind", kind, KINDS);
        var filter = new IndicatorReportDtos.ReportFilter(
                AdminUnitKey.parse(unit, "unit", params),
                params.oneOf("level", level, Level.class),
                kindText == null ? null : new ReviewKind.DatabaseValue().convertToEntityAttribute(kindText),
                params.oneOf("status", status, ReportStatus.class),
                params.integer("year", year, 2000, 2100),
                OrganizationMatch.parse(params, organizationId, lineage),
                params.text("indicator", indicator, 60),
                params.text("q", q, 100));
        var page = params.page(sort, limit, cursor, IndicatorReportService.SORTS);
        return RecordResponses.page(uri, service.list(filter, page), page.limit());
    }

    /** Many units' reports as one CSV file, one line per figure (see the template): all stored and submitted, or none. */
    @POST
    @Path("bulk")
    @Consumes(CSV)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response bulk(byte[] body) {
        return Response.status(Response.Status.CREATED).entity(bulk.importCsv(CsvFiles.utf8(body))).build();
    }

    /** The CSV template of a bulk submission: the header row and example lines. */
    @GET
    @Path("template")
    @Produces(CSV)
    public Response template() {
        return CsvFiles.attachment(IndicatorBulkImport.TEMPLATE, "indicator-reports-template.csv");
    }

    @POST
    @Path("{id}/submission")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response submit(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return RecordResponses.updated(service.submit(id, ETags.requiredVersion(ifMatch)));
    }

    @POST
    @Path("{id}/acceptance")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response accept(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return RecordResponses.updated(service.accept(id, ETags.requiredVersion(ifMatch)));
    }

    @POST
    @Path("{id}/return")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response sendBack(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ReturnRequest body) {
        if (body == null) {
            throw ApiProblem.invalid("body", "is required");
        }
        return RecordResponses.updated(service.sendBack(id, ETags.requiredVersion(ifMatch), body.reason()));
    }
}
