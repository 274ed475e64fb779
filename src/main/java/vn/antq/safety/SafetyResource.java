package vn.antq.safety;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.antq.record.MirroredRecordResource;
import vn.antq.safety.SafetyDtos.AssessmentRequest;
import vn.antq.shared.http.CsvFiles;
import vn.antq.shared.http.PageParams;
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
    public Response list(@BeanParam SafetyQuery query, @BeanParam PageParams page, @Context UriInfo uri) {
        return params.page(uri, query, page, SafetyService.SORTS, service::list);
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
