package vn.antq.schedule;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.hibernate.validator.constraints.Range;
import vn.antq.adminunit.AdminUnitKey;
import vn.antq.festival.FestivalDtos.ScheduleFilter;
import vn.antq.festival.FestivalKind;
import vn.antq.festival.FestivalStatus;
import vn.antq.shared.error.Violations;
import vn.antq.shared.http.ListParams;

import java.time.LocalDate;
import java.util.function.Predicate;

import static vn.antq.shared.http.QueryParameters.AT_MOST;
import static vn.antq.shared.http.QueryParameters.BETWEEN;

/** The query parameters of the schedule as a calendar: the list's filters without the map's. */
public class CalendarQuery implements ListParams<ScheduleFilter> {

    @QueryParam("from") LocalDate from;
    @QueryParam("to") LocalDate to;
    @QueryParam("year") @Range(min = 2000, max = 2100, message = BETWEEN) Integer year;
    @QueryParam("unit") AdminUnitKey unit;
    @QueryParam("status") FestivalStatus status;
    // Free words, matched unaccented against the festivals' search text: text is its type.
    @QueryParam("q") @Size(max = 100, message = AT_MOST) String q;
    @QueryParam("kind") FestivalKind kind;

    @Override
    public ScheduleFilter filter() {
        return new ScheduleFilter(unit, from, to, status, year, q, null, null, kind);
    }

    @Override
    public void rules(Violations violations, Predicate<String> given) {
        ScheduleQuery.dates(violations, from, to);
    }
}
