package vn.antq.schedule;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.hibernate.validator.constraints.Range;
import vn.antq.adminunit.AdminUnitKey;
import vn.antq.festival.FestivalDtos;
import vn.antq.festival.FestivalDtos.ScheduleFilter;
import vn.antq.festival.FestivalKind;
import vn.antq.festival.FestivalStatus;
import vn.antq.shared.error.Violations;
import vn.antq.shared.http.ListParams;

import java.time.LocalDate;
import java.util.function.Predicate;

import static vn.antq.shared.http.QueryParameters.AT_MOST;
import static vn.antq.shared.http.QueryParameters.BETWEEN;

/** The query parameters of the schedule (the list, as JSON or GeoJSON). */
public class ScheduleQuery implements ListParams<ScheduleFilter> {

    static final double DEFAULT_RADIUS_KM = 10;
    private static final String RADIUS = "must be more than 0 and at most 500.0";

    @QueryParam("from") LocalDate from;
    @QueryParam("to") LocalDate to;
    @QueryParam("year") @Range(min = 2000, max = 2100, message = BETWEEN) Integer year;
    @QueryParam("unit") AdminUnitKey unit;
    @QueryParam("status") FestivalStatus status;
    // Free words, matched unaccented against the festivals' search text: text is its type.
    @QueryParam("q") @Size(max = 100, message = AT_MOST) String q;
    @QueryParam("radiusKm") @DecimalMin(value = "0", inclusive = false, message = RADIUS) @DecimalMax(value = "500", message = RADIUS)
    Double radiusKm;
    @QueryParam("near") GeoParams.Point near;
    @QueryParam("bbox") GeoParams.Bbox bbox;
    @QueryParam("kind") FestivalKind kind;

    @Override
    public ScheduleFilter filter() {
        FestivalDtos.Near point = near == null ? null
                : new FestivalDtos.Near(near.latitude(), near.longitude(), radiusKm == null ? DEFAULT_RADIUS_KM : radiusKm);
        return new ScheduleFilter(unit, from, to, status, year, q, point, bbox == null ? null : bbox.box(), kind);
    }

    /** Whether the list is asked around a point (then nearest first, unless sorted otherwise). */
    boolean near() {
        return near != null;
    }

    @Override
    public void rules(Violations violations, Predicate<String> given) {
        dates(violations, from, to);
        if (given.test("radiusKm") && !given.test("near")) {
            violations.add("radiusKm", "goes with near");
        }
    }

    static void dates(Violations violations, LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            violations.add("to", "must not be before from");
        }
    }
}
