package vn.antq.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.antq.adminunit.AdminUnitDtos.AdminUnitLabel;
import vn.antq.indicator.ReportStatus;
import vn.antq.reporting.ReportingDtos.PeriodLabel;
import vn.antq.reporting.ReportingDtos.StandingFilter;
import vn.antq.reporting.ReportingDtos.StandingSummary;
import vn.antq.reporting.ReportingDtos.UnitStanding;
import vn.antq.shared.paging.Page;
import vn.antq.shared.paging.PageRequest;
import vn.antq.shared.paging.SortKey;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Where each unit that must report in a period stands: the live indicator report that answers the period (same
 * kind, years, level and era, of the unit), its status and submission, and whether it is late.
 */
@ApplicationScoped
public class StandingService {

    /** The units are listed in code order. */
    public static final PageRequest.Sorts<UnitStanding> SORTS = new PageRequest.Sorts<>(
            List.of(new SortKey<>("code", "code", String.class, s -> s.adminUnit().code())),
            new SortKey<>("code", "code", String.class, s -> s.adminUnit().code()),
            new SortKey<>("code", "code", String.class, s -> s.adminUnit().code()));

    @Inject
    ReportingPeriodService periods;
    @Inject
    ReportingPeriodRepository repository;
    @Inject
    Clock clock;

    /** A period's standing: its label, the day it is computed for (in Vietnam), the summary and the units. */
    public record Standing(PeriodLabel period, LocalDate asOf, StandingSummary summary, List<UnitStanding> units) {
    }

    /** Every unit of the period, at {@code now}, narrowed by {@code q}; the summary counts them all. */
    @Transactional
    public Standing standing(UUID id, String q, Instant now) {
        ReportingPeriod period = periods.period(id);
        List<UnitStanding> units = new ArrayList<>();
        for (Object[] row : repository.units(period, q)) {
            StandingStatus status = row[4] == null ? StandingStatus.missing
                    : StandingStatus.valueOf(ReportStatus.valueOf((String) row[5]).name());
            Instant submittedAt = ReportingPeriodRepository.instant(row[6]);
            int daysLate = Lateness.daysLate(status, submittedAt, period.dueOn, now);
            units.add(new UnitStanding(new AdminUnitLabel((String) row[0], (String) row[1], (String) row[2], (String) row[3]),
                    (UUID) row[4], status, submittedAt, daysLate > 0, daysLate));
        }
        Map<StandingStatus, Integer> byStatus = new EnumMap<>(StandingStatus.class);
        for (StandingStatus s : StandingStatus.values()) {
            byStatus.put(s, 0);
        }
        units.forEach(u -> byStatus.merge(u.status(), 1, Integer::sum));
        int late = (int) units.stream().filter(UnitStanding::late).count();
        return new Standing(new PeriodLabel(period.id, period.title, period.dueOn), Lateness.today(now),
                new StandingSummary(units.size(), byStatus, late), units);
    }

    public Instant now() {
        return clock.instant();
    }

    /** One page of the standing's units that pass the filter, in code order after the page's cursor. */
    public static Page<UnitStanding> page(List<UnitStanding> units, StandingFilter filter, PageRequest<UnitStanding> page) {
        List<UnitStanding> kept = units.stream()
                .filter(u -> filter.status() == null || u.status() == filter.status())
                .filter(u -> filter.late() == null || u.late() == filter.late())
                .filter(u -> page.afterKey() == null || u.adminUnit().code().compareTo((String) page.afterKey()) > 0)
                .toList();
        if (kept.size() <= page.limit()) {
            return new Page<>(kept, null);
        }
        List<UnitStanding> items = kept.subList(0, page.limit());
        return new Page<>(List.copyOf(items), page.cursorAfter(items.get(items.size() - 1)));
    }
}
