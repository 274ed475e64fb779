package vn.antq.indicator;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.antq.indicator.IndicatorReportDtos.ReportRequest;
import vn.antq.indicator.IndicatorReportDtos.ReturnRequest;
import vn.antq.record.MirroredRecordResource;
import vn.antq.record.RecordResponses;
import vn.antq.shared.error.ApiProblem;
import vn.antq.shared.http.CsvFiles;
import vn.antq.shared.http.ETags;
import vn.antq.shared.http.PageParams;
import vn.antq.shared.security.Roles;

import java.util.UUID;

import static vn.antq.shared.http.CsvFiles.CSV;

/** Periodic indicator reports: written, submitted, accepted or returned; the statistics add up the accepted ones. */
@Path("/api/v1/indicator-reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.ADMIN})
public class IndicatorReportResource extends MirroredRecordResource<ReportRequest> {



    @Inject
    IndicatorReportService service;
    @Inject
    IndicatorBulkImport bulk;

    @Override
    protected IndicatorReportService service() {
        return service;
    }

    @GET
    public Response list(@BeanParam ReportQuery query, @BeanParam PageParams page, @Context UriInfo uri) {
        return params.page(uri, query, page, IndicatorReportService.SORTS, service::list);
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
