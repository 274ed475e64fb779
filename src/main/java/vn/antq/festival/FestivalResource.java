package vn.antq.festival;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.antq.adminunit.AdminUnitKey;
import vn.antq.festival.FestivalDtos.FestivalRequest;
import vn.antq.record.RecordResource;
import vn.antq.record.RecordResponses;
import vn.antq.record.Versioned;
import vn.antq.shared.config.AntqConfig;
import vn.antq.shared.error.ApiProblem;
import vn.antq.shared.error.FieldError;
import vn.antq.shared.http.ETags;
import vn.antq.shared.http.JsonMergePatch;
import vn.antq.shared.http.QueryParams;
import vn.antq.shared.paging.PageRequest;
import vn.antq.shared.security.Roles;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Semaphore;

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
    public static final String GEOJSON = "application/geo+json";
    private static final MediaType GEOJSON_TYPE = MediaType.valueOf(GEOJSON);
    static final String CALENDAR_TOO_LARGE = "urn:antq:problem:calendar-too-large";
    private static final int CHANGES_DEFAULT = 500;
    private static final int CHANGES_MAX = 1000;
    private static final double DEFAULT_RADIUS_KM = 10;
    private static final double MAX_RADIUS_KM = 500;

    @Inject
    FestivalService service;

    @Context
    HttpHeaders headers;

    @Inject
    FestivalCalendar calendar;

    @Inject
    AntqConfig config;

    @Inject
    FestivalRepresentations representations;

    @Inject
    ObjectMapper mapper;

    /** Sync feed pages being built (antq.festival.feed-pages-at-once), fair to those waiting. */
    private Semaphore feedPages;

    @PostConstruct
    void limitFeedPages() {
        feedPages = new Semaphore(config.festival().feedPagesAtOnce(), true);
    }

    @Override
    protected FestivalService service() {
        return service;
    }

    /**
     * The schedule page as JSON or, for map clients asking for {@code application/geo+json} first, as a GeoJSON
     * (RFC 7946) FeatureCollection: one Point feature per festival (longitude, latitude; a null geometry for a
     * venue without coordinates) whose properties are the schedule item exactly as the JSON list gives it; the
     * page's limit, cursor and next address ride along.
     */
    @GET
    @Produces({MediaType.APPLICATION_JSON, GEOJSON})
    public Response list(@QueryParam("unit") String unit, @QueryParam("from") String from, @QueryParam("to") String to,
                         @QueryParam("status") String status, @QueryParam("year") String year, @QueryParam("q") String q,
                         @QueryParam("near") String near, @QueryParam("radiusKm") String radiusKm, @QueryParam("bbox") String bbox,
                         @QueryParam("kind") String kind, @QueryParam("sort") String sort, @QueryParam("limit") String limit,
                         @QueryParam("cursor") String cursor, @Context Request request, @Context UriInfo uri) {
        return schedule(prefersGeoJson(), unit, from, to, status, year, q, near, radiusKm, bbox, kind, sort, limit, cursor, request, uri);
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

    private Response schedule(boolean geoJson, String unit, String from, String to, String status, String year, String q,
                              String near, String radiusKm, String bbox, String kind, String sort, String limit, String cursor,
                              Request request, UriInfo uri) {
        QueryParams params = new QueryParams();
        var filter = filter(params, unit, from, to, status, year, q, near, radiusKm, bbox, kind);
        String order = sort == null && filter.near() != null ? FestivalService.BY_DISTANCE.name() : sort;
        var page = params.page(order, limit, cursor, FestivalService.SORTS);
        if (page.sort() == FestivalService.BY_DISTANCE && filter.near() == null) {
            throw ApiProblem.invalid("sort", "distance needs near");
        }
        MediaType type = geoJson ? GEOJSON_TYPE : MediaType.APPLICATION_JSON_TYPE;
        // The tag is read before the page: a page is never older than the tag it is served under. It is weak, so it
        // names the JSON page and the same page as GeoJSON alike (Vary: Accept keeps them apart in caches).
        EntityTag tag = new EntityTag("f" + service.scheduleTag(filter), true);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).cacheControl(publicCache()).header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
        }
        String address = uri.getRequestUri().toString();
        String key = geoJson ? "geo " + address : address;
        FestivalRepresentations.Copy copy = representations.page(key, tag.getValue());
        if (copy == null) {
            Response made = RecordResponses.page(uri, service.list(filter, page), page.limit());
            copy = new FestivalRepresentations.Copy(0, geoJson ? json(featureCollection(made.getEntity())) : json(made.getEntity()),
                    made.getHeaderString(HttpHeaders.LINK));
            representations.keepPage(key, tag.getValue(), copy);
        }
        Response.ResponseBuilder ok = Response.ok(copy.body(), type).tag(tag).cacheControl(publicCache())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        if (copy.link() != null) {
            ok.header(HttpHeaders.LINK, copy.link());
        }
        return ok.build();
    }

    /** A list page as a FeatureCollection: the items as the JSON list writes them, whatever fields they have. */
    private ObjectNode featureCollection(Object pageBody) {
        ObjectNode list = mapper.valueToTree(pageBody);
        ObjectNode collection = mapper.createObjectNode();
        collection.put("type", "FeatureCollection");
        ArrayNode features = collection.putArray("features");
        for (JsonNode item : list.path("items")) {
            ObjectNode feature = features.addObject();
            feature.put("type", "Feature");
            feature.set("id", item.get("id"));
            JsonNode latitude = item.get("latitude");
            JsonNode longitude = item.get("longitude");
            if (latitude != null && longitude != null && latitude.isNumber() && longitude.isNumber()) {
                ObjectNode point = feature.putObject("geometry");
                point.put("type", "Point");
                point.putArray("coordinates").add(longitude.doubleValue()).add(latitude.doubleValue());
            } else {
                feature.putNull("geometry");
            }
            feature.set("properties", item);
        }
        list.fieldNames().forEachRemaining(name -> {
            if (!name.equals("items")) {
                collection.set(name, list.get(name));
            }
        });
        return collection;
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Override
    public Response get(@PathParam("id") UUID id, @Context Request request) {
        requireJson();
        FestivalRepresentations.Copy copy = festival(id);
        EntityTag tag = ETags.of(copy.version());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).cacheControl(publicCache()).build();
        }
        return Response.ok(copy.body(), MediaType.APPLICATION_JSON_TYPE).tag(tag).cacheControl(publicCache()).build();
    }

    // This replica drops its copy as soon as the write commits (read your writes); the change notice
    // does the same on every other replica.
    @PUT
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Override
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, FestivalRequest body) {
        requireJson();
        try {
            return super.update(id, ifMatch, body);
        } finally {
            representations.invalidate(id);
        }
    }

    @PATCH
    @Path("{id}")
    @Consumes(JsonMergePatch.MEDIA_TYPE)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Override
    public Response patch(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonNode patch) {
        requireJson();
        try {
            return super.patch(id, ifMatch, patch);
        } finally {
            representations.invalidate(id);
        }
    }

    @DELETE
    @Path("{id}")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Override
    public Response delete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        try {
            return super.delete(id, ifMatch);
        } finally {
            representations.invalidate(id);
        }
    }

    /**
     * The festival's own path also serves text/calendar (below), and with two producers on one path the framework
     * routes an Accept that neither serves to the JSON methods instead of refusing it: refuse it here, before any
     * work, with the 406 every other operation gives.
     */
    private void requireJson() {
        if (headers.getAcceptableMediaTypes().stream().noneMatch(MediaType.APPLICATION_JSON_TYPE::isCompatible)) {
            throw new NotAcceptableException();
        }
    }

    /** One festival as an RFC 5545 calendar with a single event, for "add to my calendar". */
    @GET
    @Path("{id}")
    @Produces(CALENDAR)
    public Response getCalendar(@PathParam("id") UUID id, @Context Request request, @Context UriInfo uri) {
        Versioned<FestivalDtos.FestivalView> festival = service.get(id);
        EntityTag tag = ETags.of(festival.version());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).cacheControl(publicCache()).build();
        }
        String ics = calendar.render(List.of(FestivalCalendar.summaryOf(festival)), f -> link(uri, f.id()));
        return Response.ok(ics, CALENDAR + ";charset=UTF-8").tag(tag).cacheControl(publicCache()).build();
    }

    /** The festival's public representation, serialised once and kept until it changes. */
    private FestivalRepresentations.Copy festival(UUID id) {
        FestivalRepresentations.Copy copy = representations.festival(id);
        if (copy == null) {
            long readAt = representations.epoch();
            Versioned<FestivalDtos.FestivalView> festival = service.get(id);
            copy = new FestivalRepresentations.Copy(festival.version(), json(festival.body()), null);
            representations.keep(id, copy, readAt);
        }
        return copy;
    }

    private byte[] json(Object body) {
        try {
            return mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("festival representation", e);
        }
    }

    private static URI link(UriInfo uri, UUID id) {
        return uri.getBaseUriBuilder().path("api/v1/festivals").path(id.toString()).build();
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
    public Response changes(@QueryParam("since") String since, @QueryParam("limit") String limit,
                            @QueryParam("unit") String unit, @QueryParam("year") String year) {
        QueryParams params = new QueryParams();
        Integer size = params.integer("limit", limit);
        if (size != null && (size < 1 || size > CHANGES_MAX)) {
            params.violation("limit", "must be between 1 and " + CHANGES_MAX);
        }
        Integer yearValue = year(params, year);
        AdminUnitKey unitKey = AdminUnitKey.parse(unit, "unit", params);
        params.text("since", since, 200);
        params.validate();
        // Read while holding a turn: the page's entities and rows are let go before the next page starts.
        FestivalDtos.ChangesPage body;
        feedPages.acquireUninterruptibly();
        try {
            body = service.changes(since, size == null ? CHANGES_DEFAULT : size, unitKey, yearValue);
        } finally {
            feedPages.release();
        }
        return Response.ok(body).cacheControl(CacheControl.valueOf("no-cache")).build();
    }

    /** The same schedule as an RFC 5545 calendar, for calendar applications to subscribe to. */
    @GET
    @Path("calendar")
    @Produces(CALENDAR)
    public Response calendar(@QueryParam("unit") String unit, @QueryParam("from") String from, @QueryParam("to") String to,
                             @QueryParam("status") String status, @QueryParam("year") String year, @QueryParam("q") String q,
                             @QueryParam("kind") String kind, @Context Request request, @Context UriInfo uri) {
        QueryParams params = new QueryParams();
        var filter = filter(params, unit, from, to, status, year, q, null, null, null, kind);
        params.validate();
        EntityTag tag = new EntityTag("c" + service.scheduleTag(filter), true);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).cacheControl(publicCache()).build();
        }
        var page = PageRequest.first(FestivalService.SORTS.defaultKey(), FestivalService.SORTS.uniqueKey(), false, config.festival().calendarMaxEvents());
        var festivals = service.list(filter, page);
        if (festivals.nextCursor() != null) {
            throw calendarTooLarge();
        }
        String ics = calendar.render(festivals.items(), f -> link(uri, f.id()));
        return Response.ok(ics, CALENDAR + ";charset=UTF-8").tag(tag).cacheControl(publicCache()).build();
    }

    /** A calendar is whole or refused: the client narrows its filters rather than receiving a part. */
    private ApiProblem calendarTooLarge() {
        String advice = "narrow the calendar: it holds at most " + config.festival().calendarMaxEvents() + " events";
        return new ApiProblem(400, CALENDAR_TOO_LARGE, "Calendar too large",
                "More than " + config.festival().calendarMaxEvents() + " festivals match; narrow the unit, dates, year, status or q.",
                List.of(new FieldError("unit", advice), new FieldError("from", advice), new FieldError("to", advice)));
    }

    private FestivalDtos.ScheduleFilter filter(QueryParams params, String unit, String from, String to, String status,
                                          String year, String q, String near, String radiusKm, String bbox, String kind) {
        var fromDate = params.date("from", from);
        var toDate = params.date("to", to);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            params.violation("to", "must not be before from");
        }
        Integer yearValue = year(params, year);
        return new FestivalDtos.ScheduleFilter(AdminUnitKey.parse(unit, "unit", params), fromDate, toDate,
                params.oneOf("status", status, FestivalStatus.class), yearValue, params.text("q", q, 100),
                near(params, near, radiusKm), box(params, bbox), params.oneOf("kind", kind, FestivalKind.class));
    }

    /** {@code bbox=west,south,east,north} in degrees (RFC 7946 order); west may exceed east (across the antimeridian). */
    static FestivalDtos.Box box(QueryParams params, String bbox) {
        if (bbox == null) {
            return null;
        }
        String[] parts = bbox.split(",", -1);
        if (parts.length == 4) {
            try {
                double west = Double.parseDouble(parts[0].strip());
                double south = Double.parseDouble(parts[1].strip());
                double east = Double.parseDouble(parts[2].strip());
                double north = Double.parseDouble(parts[3].strip());
                if (Math.abs(west) <= 180 && Math.abs(east) <= 180 && Math.abs(south) <= 90 && Math.abs(north) <= 90
                        && south <= north) {
                    return new FestivalDtos.Box(west, south, east, north);
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        params.violation("bbox", "must be four numbers west,south,east,north in degrees (longitude -180 to 180, "
                + "latitude -90 to 90, south not above north)");
        return null;
    }

    private static Integer year(QueryParams params, String year) {
        Integer value = params.integer("year", year);
        if (value != null && (value < 2000 || value > 2100)) {
            params.violation("year", "must be between 2000 and 2100");
        }
        return value;
    }

    private static FestivalDtos.Near near(QueryParams params, String near, String radiusKm) {
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
                    return new FestivalDtos.Near(latitude, longitude, radius == null ? DEFAULT_RADIUS_KM : radius);
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
        return CacheControl.valueOf("public, max-age=" + config.festival().cacheMaxAge());
    }
}
