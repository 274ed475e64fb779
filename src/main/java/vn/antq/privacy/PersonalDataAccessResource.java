package vn.antq.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.antq.shared.http.PageResponses;
import vn.antq.shared.http.QueryParams;
import vn.antq.shared.security.Roles;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Who read personal data in full: the admins' view of the access log, newest first. */
@Path("/api/v1/personal-data-access")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class PersonalDataAccessResource {

    private static final String INSTANT = "must be a date-time with its offset, such as 2026-01-01T00:00:00Z";

    @Inject
    PersonalDataAccessService service;

    @GET
    public Response list(@QueryParam("subject") String subject, @QueryParam("recordId") String recordId,
                         @QueryParam("from") String from, @QueryParam("to") String to,
                         @QueryParam("limit") String limit, @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        QueryParams params = new QueryParams();
        Instant start = params.parsed("from", from, PersonalDataAccessResource::instant, INSTANT);
        Instant end = params.parsed("to", to, PersonalDataAccessResource::instant, INSTANT);
        if (start != null && end != null && !end.isAfter(start)) {
            params.violation("to", "must be after from");
        }
        var filter = new PersonalDataDtos.AccessFilter(params.text("subject", subject, 255),
                params.uuid("recordId", recordId), start, end);
        var page = params.page("-accessedAt", limit, cursor, PersonalDataAccessService.SORTS);
        return PageResponses.page(uri, service.list(filter, page), page.limit());
    }

    private static Instant instant(String text) {
        try {
            return java.time.OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
