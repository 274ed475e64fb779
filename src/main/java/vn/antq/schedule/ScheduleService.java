package vn.antq.schedule;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriInfo;
import vn.antq.adminunit.AdminUnitKey;
import vn.antq.adminunit.AdminUnits;
import vn.antq.adminunit.UnitCatalog;
import vn.antq.adminunit.UnitScope;
import vn.antq.festival.Festival;
import vn.antq.festival.FestivalDtos.FestivalSummary;
import vn.antq.festival.FestivalDtos.FestivalView;
import vn.antq.festival.FestivalDtos.ScheduleFilter;
import vn.antq.festival.FestivalService;
import vn.antq.festival.VietnamTime;
import vn.antq.record.Versioned;
import vn.antq.shared.config.AntqConfig;
import vn.antq.shared.http.PageResponses;
import vn.antq.shared.paging.Page;
import vn.antq.shared.paging.PageRequest;
import vn.antq.shared.paging.PageResponse;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The public schedule's reads: each answer is made once, serialised from its page or view, and kept in {@link ScheduleCache}. */
@ApplicationScoped
public class ScheduleService {

    @Inject
    FestivalService festivals;
    @Inject
    ScheduleCache cache;
    @Inject
    UnitCatalog catalog;
    @Inject
    AntqConfig config;
    @Inject
    ObjectMapper mapper;

    private final Map<AdminUnitKey, List<String>> provincesWithin = new ConcurrentHashMap<>();

    /**
     * The cache tag of every festival the filter could show: the counters of the (2025 province, year) cells its
     * unit and dates (or year) cover. Any festival write in those cells changes it, none elsewhere does. Status,
     * q and near are not narrowed further: the tag may change without the page changing, never the other way round.
     */
    public long tag(ScheduleFilter filter) {
        List<String> provinces = filter.unit() == null ? null : provincesWithin(filter.unit());
        int fromYear = 2000;
        int toYear = 2100;
        if (filter.from() != null) {
            fromYear = VietnamTime.dayOf(VietnamTime.startOfDay(filter.from()).minus(Festival.LONGEST)).getYear();
        }
        if (filter.to() != null) {
            toYear = filter.to().getYear();
        }
        if (filter.year() != null) {
            fromYear = Math.max(fromYear, filter.year());
            toYear = Math.min(toYear, filter.year());
        }
        return cache.tag(provinces, fromYear, toYear);
    }

    /**
     * A schedule page as JSON or as a GeoJSON FeatureCollection, made from the page (its body as every list writes
     * it) and kept under its address and the tag read before it, so that it is never served under an older tag.
     */
    public ScheduleCache.Copy page(ScheduleFilter filter, PageRequest<FestivalSummary> page, String tag, boolean geoJson,
                                  UriInfo uri) {
        String address = uri.getRequestUri().toString();
        String key = geoJson ? "geo " + address : address;
        ScheduleCache.Copy copy = cache.page(key, tag);
        if (copy == null) {
            PageResponse<FestivalSummary> body = PageResponses.body(uri, festivals.list(filter, page), page.limit());
            copy = new ScheduleCache.Copy(0, geoJson ? json(featureCollection(body)) : json(body), body.next());
            cache.keepPage(key, tag, copy);
        }
        return copy;
    }

    /** A festival's public representation, serialised once and kept until it changes. */
    public ScheduleCache.Copy festival(UUID id) {
        ScheduleCache.Copy copy = cache.festival(id);
        if (copy == null) {
            long readAt = cache.epoch();
            Versioned<FestivalView> festival = festivals.get(id);
            copy = new ScheduleCache.Copy(festival.version(), json(festival.body()), null);
            cache.keep(id, copy, readAt);
        }
        return copy;
    }

    public Versioned<FestivalView> get(UUID id) {
        return festivals.get(id);
    }

    /** The whole schedule of the filter, for a calendar; null when it holds more than a calendar may. */
    public List<FestivalSummary> calendar(ScheduleFilter filter) {
        var page = PageRequest.first(FestivalService.SORTS.defaultKey(), FestivalService.SORTS.uniqueKey(), false,
                config.festival().calendarMaxEvents());
        Page<FestivalSummary> found = festivals.list(filter, page);
        return found.nextCursor() != null ? null : found.items();
    }

    /**
     * The 2025 provinces in which the records under {@code unit} lie (the catalogue's scope: the unit and the
     * legacy units it takes in); a 400 for an unknown unit. Kept: units are fixed while the service runs.
     */
    public List<String> provincesWithin(AdminUnitKey unit) {
        List<String> known = provincesWithin.get(unit);
        if (known != null) {
            return known;
        }
        AdminUnits units = catalog.units();
        UnitScope scope = units.scope(unit, "unit");
        Set<String> provinces = new TreeSet<>();
        if (scope.kind() == UnitScope.Kind.PROVINCE_2025) {
            provinces.add(scope.code());
        } else {
            provinces.add(units.get(unit).province2025());
            for (String legacy : scope.legacyCodes()) {
                AdminUnits.Unit taken = units.get(new AdminUnitKey(AdminUnitKey.LEGACY, legacy));
                if (taken != null) {
                    provinces.add(taken.province2025());
                }
            }
        }
        List<String> found = List.copyOf(provinces);
        provincesWithin.put(unit, found);
        return found;
    }

    /**
     * A list page as an RFC 7946 FeatureCollection: one Point feature per festival (longitude, latitude; a null
     * geometry for a venue without coordinates) whose properties are the item exactly as the JSON list writes it;
     * the page's limit, cursor and next address ride along.
     */
    private ObjectNode featureCollection(PageResponse<FestivalSummary> body) {
        ObjectNode list = mapper.valueToTree(body);
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

    private byte[] json(Object body) {
        try {
            return mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("festival representation", e);
        }
    }
}
