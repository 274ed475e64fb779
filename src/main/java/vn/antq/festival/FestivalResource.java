package vn.antq.festival;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.antq.adminunit.AdminUnitKey;
import vn.antq.festival.FestivalDtos.FestivalRequest;
import vn.antq.shared.error.ApiProblem;
import vn.antq.shared.http.QueryParams;
import vn.antq.record.RecordResource;
import vn.antq.record.RecordResponses;
import vn.antq.shared.paging.PageRequest;
import vn.antq.shared.security.Roles;

import java.util.UUID;

/**
 * Festival days. The schedule (list, single festival, sync feed, calendar) is public: citizens' phones
 * read it without an account, so it is cacheable, conditional and compressed. Writes are an editor's
 * (within their areas) or an admin's; the history needs a token.
 */
@Path("/api/v1/festivals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
public class FestivalResource extends RecordResource<FestivalRequest> {

    public static final String CALENDAR = "text/calendar";
    private static final int CALENDAR_MAX_EVENTS = 1000;
    private static final int CHANGES_DEFAULT = 500;
    private static final int CHANGES_MAX = 1000;
    private static final double DEFAULT_RADIUS_KM = 10;
    private static final double MAX_RADIUS_KM = 500;

    @Inject
    FestivalService service;

    @Inject
    FestivalCalendar calendar;

    @ConfigProperty(name = "antq.festival.cache-max-age")
    int cacheMaxAge;

    @Override
    protected FestivalService service() {
        return service;
    }

    @GET
    public Response list(@QueryParam("unit") String unit, @QueryParam("from") String from, @QueryParam("to") String to,
                         @QueryParam("status") String status, @QueryParam("year") String year, @QueryParam("q") String q,
                         @QueryParam("near") String near, @QueryParam("radiusKm") String radiusKm,
                         @QueryParam("sort") String sort, @QueryParam("limit") String limit,
                         @QueryParam("cursor") String cursor, @Context Request request, @Context UriInfo uri) {
        QueryParams params = new QueryParams();
        var filter = filter(params, unit, from, to, status, year, q, near, radiusKm);
        String order = sort == null && filter.near() != null ? FestivalService.BY_DISTANCE.name() : sort;
        var page = params.page(order, limit, cursor, FestivalService.SORTS);
        if (page.sort() == FestivalService.BY_DISTANCE && filter.near() == null) {
            throw ApiProblem.invalid("sort", "distance needs near");
        }
        // Every festival change takes a new number: no new number, no change to any schedule.
        EntityTag tag = new EntityTag("f" + service.currentChange(), true);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).cacheControl(publicCache()).build();
        }
        Response page1 = RecordResponses.page(uri, service.list(filter, page), page.limit());
        return Response.fromResponse(page1).tag(tag).cacheControl(publicCache()).build();
    }

    @GET
    @Path("{id}")
    @Override
    public Response get(@PathParam("id") UUID id, @Context Request request) {
        return Response.fromResponse(super.get(id, request)).cacheControl(publicCache()).build();
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.ADMIN})
    @Override
    public Response history(@PathParam("id") UUID id, @QueryParam("limit") String limit,
                            @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        return super.history(id, limit, cursor, uri);
    }

    /** Incremental sync: what changed since the client's token, and a new token. */
    @GET
    @Path("changes")
    public Response changes(@QueryParam("since") String since, @QueryParam("limit") String limit) {
        QueryParams params = new QueryParams();
        Integer size = params.integer("limit", limit);
        if (size != null && (size < 1 || size > CHANGES_MAX)) {
            params.violation("limit", "must be between 1 and " + CHANGES_MAX);
        }
        params.text("since", since, 200);
        params.validate();
        var body = service.changes(since, size == null ? CHANGES_DEFAULT : size);
        return Response.ok(body).cacheControl(CacheControl.valueOf("no-cache")).build();
    }

    /** The same schedule as an RFC 5545 calendar, for calendar applications to subscribe to. */
    @GET
    @Path("calendar")
    @Produces(CALENDAR)
    public Response calendar(@QueryParam("unit") String unit, @QueryParam("from") String from, @QueryParam("to") String to,
                             @QueryParam("status") String status, @QueryParam("year") String year, @QueryParam("q") String q,
                             @Context Request request, @Context UriInfo uri) {
        QueryParams params = new QueryParams();
        var filter = filter(params, unit, from, to, status, year, q, null, null);
        params.validate();
        EntityTag tag = new EntityTag("c" + service.currentChange(), true);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).cacheControl(publicCache()).build();
        }
        var page = PageRequest.first(FestivalService.SORTS.defaultKey(), FestivalService.SORTS.uniqueKey(), false, CALENDAR_MAX_EVENTS);
        var festivals = service.list(filter, page).items();
        String ics = calendar.render(festivals, f -> uri.getBaseUriBuilder().path("api/v1/festivals").path(f.id().toString()).build());
        return Response.ok(ics, CALENDAR + ";charset=UTF-8").tag(tag).cacheControl(publicCache()).build();
    }

    private FestivalService.Filter filter(QueryParams params, String unit, String from, String to, String status,
                                          String year, String q, String near, String radiusKm) {
        var fromDate = params.date("from", from);
        var toDate = params.date("to", to);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            params.violation("to", "must not be before from");
        }
        Integer yearValue = params.integer("year", year);
        if (yearValue != null && (yearValue < 2000 || yearValue > 2100)) {
            params.violation("year", "must be between 2000 and 2100");
        }
        return new FestivalService.Filter(AdminUnitKey.parse(unit, "unit", params), fromDate, toDate,
                params.oneOf("status", status, FestivalStatus.class), yearValue, params.text("q", q, 100),
                near(params, near, radiusKm));
    }

    private static FestivalService.Near near(QueryParams params, String near, String radiusKm) {
        Double radius = params.decimal("radiusKm", radiusKm);
        if (radius != null && (radius <= 0 || radius > MAX_RADIUS_KM)) {
            params.violation("radiusKm", "must be more than 0 and at most " + MAX_RADIUS_KM);
        }
        if (near == null) {
            if (radiusKm != null) {
                params.violation("radiusKm", "goes with near");
            }
            return null;
        }
        String[] parts = near.split(",");
        try {
            if (parts.length == 2) {
                double latitude = Double.parseDouble(parts[0].strip());
                double longitude = Double.parseDouble(parts[1].strip());
                if (Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180) {
                    return new FestivalService.Near(latitude, longitude, radius == null ? DEFAULT_RADIUS_KM : radius);
                }
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        params.violation("near", "must be latitude,longitude in degrees, such as 18.34,105.90");
        return null;
    }

    /** A public schedule: phones and shared caches may keep it briefly and revalidate it cheaply. */
    private CacheControl publicCache() {
        return CacheControl.valueOf("public, max-age=" + cacheMaxAge);
    }
}
