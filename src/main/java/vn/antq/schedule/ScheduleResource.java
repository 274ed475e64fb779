package vn.antq.schedule;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import vn.antq.festival.FestivalDtos.FestivalView;
import vn.antq.festival.FestivalResource;
import vn.antq.festival.FestivalService;
import vn.antq.record.Versioned;
import vn.antq.shared.config.AntqConfig;
import vn.antq.shared.error.ApiProblem;
import vn.antq.shared.error.FieldError;
import vn.antq.shared.http.ETags;
import vn.antq.shared.http.PageParams;
import vn.antq.shared.http.QueryParameters;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * The public festival schedule: the list (JSON, or GeoJSON for map clients), a festival by id (JSON, or one
 * calendar event), the calendar and the sync feed. Citizens' phones read it without an account, so it is
 * cacheable, conditional and compressed. The writes of the same path are {@link FestivalResource}'s.
 */
@Path("/api/v1/festivals")
@PermitAll
public class ScheduleResource {

    public static final String CALENDAR = "text/calendar";
    public static final String GEOJSON = "application/geo+json";
    private static final MediaType GEOJSON_TYPE = MediaType.valueOf(GEOJSON);
    public static final String CALENDAR_TOO_LARGE = "urn:antq:problem:calendar-too-large";

    @Inject
    ScheduleService schedule;
    @Inject
    SyncFeed feed;
    @Inject
    FestivalCalendar calendar;
    @Inject
    QueryParameters params;
    @Inject
    AntqConfig config;
    @Context
    HttpHeaders headers;

    private CacheControl publicCache;

    /** The schedule page, as JSON or, for clients asking for {@code application/geo+json} first, as GeoJSON. */
    @GET
    @Produces({MediaType.APPLICATION_JSON, GEOJSON})
    public Response list(@BeanParam ScheduleQuery query, @BeanParam PageParams paging, @Context Request request,
                         @Context UriInfo uri) {
        String sort = paging.sort() == null && query.near() ? FestivalService.BY_DISTANCE.name() : paging.sort();
        var page = params.request(uri, FestivalService.SORTS, sort, paging, query);
        var filter = query.filter();
        if (page.sort() == FestivalService.BY_DISTANCE && filter.near() == null) {
            throw ApiProblem.invalid("sort", "distance needs near");
        }
        boolean geoJson = prefersGeoJson();
        // The tag is read before the page: a page is never older than the tag it is served under. It is weak, so it
        // names the JSON page and the same page as GeoJSON alike (Vary: Accept keeps them apart in caches).
        EntityTag tag = new EntityTag("f" + schedule.tag(filter), true);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).cacheControl(publicCache()).header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
        }
        ScheduleCache.Copy copy = schedule.page(filter, page, tag.getValue(), geoJson, uri);
        Response.ResponseBuilder ok = Response.ok(copy.body(), geoJson ? GEOJSON_TYPE : MediaType.APPLICATION_JSON_TYPE)
                .tag(tag).cacheControl(publicCache()).header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        if (copy.next() != null) {
            ok.link(URI.create(copy.next()), "next");
        }
        return ok.build();
    }

    /** Whether the most preferred type this list serves is GeoJSON named as such (a wildcard means JSON). */
    private boolean prefersGeoJson() {
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isWildcardType() || accepted.isWildcardSubtype() || MediaType.APPLICATION_JSON_TYPE.isCompatible(accepted)) {
                return false;
            }
            if (GEOJSON_TYPE.isCompatible(accepted)) {
                return true;
            }
        }
        return false;
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response get(@PathParam("id") UUID id, @Context Request request) {
        FestivalResource.requireJson(headers);
        ScheduleCache.Copy copy = schedule.festival(id);
        EntityTag tag = ETags.of(copy.version());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).cacheControl(publicCache()).build();
        }
        return Response.ok(copy.body(), MediaType.APPLICATION_JSON_TYPE).tag(tag).cacheControl(publicCache()).build();
    }

    /** One festival as an RFC 5545 calendar with a single event, for "add to my calendar". */
    @GET
    @Path("{id}")
    @Produces(CALENDAR)
    public Response getCalendar(@PathParam("id") UUID id, @Context Request request, @Context UriInfo uri) {
        Versioned<FestivalView> festival = schedule.get(id);
        EntityTag tag = ETags.of(festival.version());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).cacheControl(publicCache()).build();
        }
        String ics = calendar.render(List.of(FestivalCalendar.summaryOf(festival)), f -> link(uri, f.id()));
        return Response.ok(ics, CALENDAR + ";charset=UTF-8").tag(tag).cacheControl(publicCache()).build();
    }

    /** Incremental sync: what changed since the client's token, and a new token; written as it is read. */
    @GET
    @Path("changes")
    @Produces(MediaType.APPLICATION_JSON)
    public Response changes(@BeanParam SyncQuery query, @Context UriInfo uri) {
        params.check(uri, query);
        SyncFeed.Start start = feed.start(query.since, query.unit, query.year, query.limit());
        StreamingOutput page = out -> feed.write(start, out);
        return Response.ok(page, MediaType.APPLICATION_JSON_TYPE).cacheControl(CacheControl.valueOf("no-cache")).build();
    }

    /** The same schedule as an RFC 5545 calendar, for calendar applications to subscribe to. */
    @GET
    @Path("calendar")
    @Produces(CALENDAR)
    public Response calendar(@BeanParam CalendarQuery query, @Context Request request, @Context UriInfo uri) {
        params.check(uri, query);
        var filter = query.filter();
        EntityTag tag = new EntityTag("c" + schedule.tag(filter), true);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).cacheControl(publicCache()).build();
        }
        var festivals = schedule.calendar(filter);
        if (festivals == null) {
            throw calendarTooLarge();
        }
        String ics = calendar.render(festivals, f -> link(uri, f.id()));
        return Response.ok(ics, CALENDAR + ";charset=UTF-8").tag(tag).cacheControl(publicCache()).build();
    }

    /** A calendar is whole or refused: the client narrows its filters rather than receiving a part. */
    private ApiProblem calendarTooLarge() {
        String advice = "narrow the calendar: it holds at most " + config.festival().calendarMaxEvents() + " events";
        return new ApiProblem(400, CALENDAR_TOO_LARGE, "Calendar too large",
                "More than " + config.festival().calendarMaxEvents() + " festivals match; narrow the unit, dates, year, status or q.",
                List.of(new FieldError("unit", advice), new FieldError("from", advice), new FieldError("to", advice)));
    }

    private static URI link(UriInfo uri, UUID id) {
        return uri.getBaseUriBuilder().path("api/v1/festivals").path(id.toString()).build();
    }

    /** A public schedule: phones and shared caches may keep it briefly and revalidate it cheaply. */
    private CacheControl publicCache() {
        return publicCache;
    }

    // Made once: the header is the same on every public read (nothing changes it after it is built).
    @PostConstruct
    void init() {
        publicCache = CacheControl.valueOf("public, max-age=" + config.festival().cacheMaxAge());
    }
}
