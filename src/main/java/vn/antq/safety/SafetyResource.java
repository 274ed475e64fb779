package vn.antq.safety;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.antq.adminunit.AdminUnitKey;
import vn.antq.record.MirroredRecordResource;
import vn.antq.record.RecordResponses;
import vn.antq.safety.SafetyDtos.AssessmentRequest;
import vn.antq.shared.http.CsvFiles;
import vn.antq.shared.http.QueryParams;
import vn.antq.shared.security.Roles;

import java.io.InputStream;

import static vn.antq.shared.http.CsvFiles.CSV;

/** Assessments against a standard ("An toàn về ANTT" by default), one per standard, subject and evaluation year, and their bulk submission. */
@Path("/api/v1/safety-assessments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.ADMIN})
public class SafetyResource extends MirroredRecordResource<AssessmentRequest> {


    @Inject
    SafetyService service;
    @Inject
    SafetyBulkImport bulk;

    @Override
    protected SafetyService service() {
        return service;
    }

    @GET
    public Response list(@QueryParam("unit") String unit, @QueryParam("year") String year,
                         @QueryParam("fromYear") String fromYear, @QueryParam("toYear") String toYear,
                         @QueryParam("subjectKind") String subjectKind, @QueryParam("attained") String attained,
                         @QueryParam("organizationId") String organizationId,
                         @QueryParam("recognizedById") String recognizedById, @QueryParam("q") String q,
                         @QueryParam("standard") String standard, @QueryParam("stage") String stage,
                         @QueryParam("sort") String sort, @QueryParam("limit") String limit,
                         @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        QueryParams params = new QueryParams();
        var filter = new SafetyDtos.AssessmentFilter(
                AdminUnitKey.parse(unit, "unit", params),
                params.integer("year", year, 2000, 2100),
                params.integer("fromYear", fromYear, 2000, 2100),
                params.integer("toYear", toYear, 2000, 2100),
                params.oneOf("subjectKind", subjectKind, SubjectKind.class),
                params.bool("attained", attained),
                params.uuid("organizationId", organizationId),
                params.uuid("recognizedById", recognizedById),
                params.text("q", q, 100),
                // A list that names no standard is of "An toàn về ANTT", as it was before standards were named.
                standard == null ? Standard.antt_safe : params.oneOf("standard", standard, Standard.class),
                params.oneOf("stage", stage, Stage.class));
        var page = params.page(sort, limit, cursor, SafetyService.SORTS);
        return RecordResponses.page(uri, service.list(filter, page), page.limit());
    }

    /** A year's assessments as one CSV file (see the template): all rows are stored, or none. */
    @POST
    @Path("bulk")
    @Consumes(CSV)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response bulk(InputStream body) {
        // Read as it arrives: a 50 MiB file is never held whole, as bytes or as text.
        return Response.status(Response.Status.CREATED).entity(bulk.importCsv(CsvFiles.utf8(body))).build();
    }

    /** The CSV template of a bulk submission: the header row and example rows. */
    @GET
    @Path("template")
    @Produces(CSV)
    public Response template() {
        return CsvFiles.attachment(SafetyBulkImport.TEMPLATE, "safety-assessments-template.csv");
    }
}
