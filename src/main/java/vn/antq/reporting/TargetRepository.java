package vn.antq.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import vn.antq.adminunit.AdminUnitKey;
import vn.antq.adminunit.UnitScope;
import vn.antq.record.RecordRepository;
import vn.antq.reporting.ReportingDtos.TargetFilter;
import vn.antq.shared.paging.ListQuery;
import vn.antq.shared.paging.Page;
import vn.antq.shared.paging.PageRequest;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class TargetRepository implements RecordRepository<Target> {

    public Page<Target> page(TargetFilter filter, UnitScope scope, PageRequest<Target> page) {
        ListQuery query = new ListQuery()
                .filter("e.indicator = :indicator", "indicator", filter.indicator())
                .filter("e.fromYear <= :year and e.toYear >= :year", "year", filter.year())
                .search(filter.q());
        UnitScope.restrict(query, scope);
        return query.page(getEntityManager(), "select e from Target e", Target.class, page);
    }

    /** The live target of the unit, indicator and years, other than {@code except}. */
    public boolean taken(AdminUnitKey unit, String indicator, int fromYear, int toYear, UUID except) {
        return count("unit = ?1 and indicator = ?2 and fromYear = ?3 and toYear = ?4 and (?5 is null or id <> ?5)",
                unit, indicator, fromYear, toYear, except) > 0;
    }

    /**
     * The live targets of the units for the indicators whose years cover {@code fromYear}-{@code toYear}, the
     * narrowest span first.
     */
    public List<Target> covering(Collection<AdminUnitKey> units, Collection<String> indicators, int fromYear, int toYear) {
        if (units.isEmpty() || indicators.isEmpty()) {
            return List.of();
        }
        List<String> codes = units.stream().map(AdminUnitKey::code).distinct().toList();
        return list("unit.code in ?1 and indicator in ?2 and fromYear <= ?3 and toYear >= ?4 order by (toYear - fromYear), createdAt",
                codes, List.copyOf(indicators), fromYear, toYear).stream()
                .filter(t -> units.contains(t.unit)).toList();
    }

    public List<String> citing(UUID documentId) {
        return liveReferencesTo("select concat('target ', t.indicator, ' ', t.unit.era, ':', t.unit.code) from Target t"
                + " where :id member of t.documentIds", documentId, 11);
    }
}
