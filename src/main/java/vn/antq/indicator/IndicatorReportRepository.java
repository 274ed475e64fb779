package vn.antq.indicator;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import vn.antq.adminunit.AdminUnitKey;
import vn.antq.adminunit.UnitScope;
import vn.antq.indicator.IndicatorReportDtos.ReportFilter;
import vn.antq.indicator.IndicatorReportDtos.ReportSummary;
import vn.antq.review.ReviewKind;
import vn.antq.shared.paging.ListQuery;
import vn.antq.shared.paging.Page;
import vn.antq.shared.paging.PageRequest;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class IndicatorReportRepository implements PanacheRepositoryBase<IndicatorReport, UUID> {

    /** One page of the list: the filters that are set, within {@code scope} (null: the whole country). */
    public Page<ReportSummary> page(ReportFilter filter, List<UUID> organizationIds, UnitScope scope, PageRequest<ReportSummary> page) {
        ListQuery query = new ListQuery()
                .filter("e.level = :level", "level", filter.level())
                .filter("e.kind = :kind", "kind", filter.kind())
                .filter("e.status = :status", "status", filter.status())
                .filter("e.fromYear <= :year and e.toYear >= :year", "year", filter.year())
                .filter("e.organizationId in :organizationIds", "organizationIds", organizationIds)
                .filter("exists (select 1 from IndicatorReport x join x.values v where x.id = e.id and v.indicatorCode = :indicator)",
                        "indicator", filter.indicator())
                .search(filter.q());
        UnitScope.restrict(query, scope);
        return query.page(getEntityManager(), """
                select e.id, e.kind, e.level,
                    u.id.era, u.id.code, u.level, u.fullName, e.organizationId, e.fromYear, e.toYear, e.title, e.status,
                    e.createdAt, e.updatedAt
                from IndicatorReport e left join AdminUnit u on u.id.era = e.unit.era and u.id.code = e.unit.code""",
                ReportSummary.class, page);
    }

    /** The live report of the unit (null: the central level) for the period and kind, other than {@code except}. */
    public List<UUID> samePeriod(AdminUnitKey unit, int fromYear, int toYear, ReviewKind kind, UUID except) {
        return getEntityManager().createQuery("""
                        select r.id from IndicatorReport r
                        where coalesce(r.unit.era, '') = :era and coalesce(r.unit.code, '') = :code
                          and r.fromYear = :fromYear and r.toYear = :toYear and r.kind = :kind
                          and (:except is null or r.id <> :except)""", UUID.class)
                .setParameter("era", unit == null ? "" : unit.era()).setParameter("code", unit == null ? "" : unit.code())
                .setParameter("fromYear", fromYear).setParameter("toYear", toYear).setParameter("kind", kind)
                .setParameter("except", except).getResultList();
    }

    /** The key under which a unit has at most one live report of a period and kind. */
    static String periodKey(AdminUnitKey unit, int fromYear, int toYear, ReviewKind kind) {
        return (unit == null ? "" : unit.era() + ":" + unit.code()) + "|" + fromYear + "-" + toYear + "|" + kind;
    }

    /**
     * The live reports, by {@link #periodKey}, among those of the given keys' units, years and kinds: one query for
     * many reports (a bulk file's); it may return more than asked, never less.
     */
    public Map<String, UUID> livePeriods(Collection<AdminUnitKey> units, Collection<Integer> fromYears,
                                         Collection<Integer> toYears, Collection<ReviewKind> kinds) {
        Map<String, UUID> found = new HashMap<>();
        if (fromYears.isEmpty()) {
            return found;
        }
        Set<String> codes = units.stream().map(u -> u == null ? "" : u.code()).collect(Collectors.toSet());
        getEntityManager().createQuery("""
                        select r.id, r.unit.era, r.unit.code, r.fromYear, r.toYear, r.kind from IndicatorReport r
                        where coalesce(r.unit.code, '') in :codes and r.fromYear in :fromYears and r.toYear in :toYears
                          and r.kind in :kinds""", Object[].class)
                .setParameter("codes", codes).setParameter("fromYears", Set.copyOf(fromYears))
                .setParameter("toYears", Set.copyOf(toYears)).setParameter("kinds", Set.copyOf(kinds))
                .getResultStream()
                .forEach(row -> found.put(periodKey(row[1] == null ? null : new AdminUnitKey((String) row[1], (String) row[2]),
                        (Integer) row[3], (Integer) row[4], (ReviewKind) row[5]), (UUID) row[0]));
        return found;
    }

    /**
     * The live reporting period the report answers: one of the report's kind, years, level and era whose units that
     * must report include the report's unit (see docs/reporting.md); the one due first when several do, else null.
     */
    public UUID reportingPeriodOf(IndicatorReport r) {
        if (r.unit == null || r.level == null || r.kind == null) {
            return null;
        }
        @SuppressWarnings("unchecked")
        List<UUID> found = getEntityManager().createNativeQuery("""
                        select p.id from reporting_period p
                        join admin_unit u on u.era = :era and u.code = :code
                        where p.deleted_at is null and p.kind = :kind and p.from_year = :fromYear and p.to_year = :toYear
                          and p.level = :level and p.era = :era and u.level = :level
                          and (p.unit_code is null
                               or (p.level = 'district' and u.province_code = p.unit_code)
                               or (p.level = 'commune' and p.era = 'legacy' and u.district_code = p.unit_code)
                               or (p.level = 'commune' and p.era = '2025' and u.province_code = p.unit_code))
                        order by p.due_on, p.id limit 1""", UUID.class)
                .setParameter("era", r.unit.era()).setParameter("code", r.unit.code()).setParameter("kind", r.kind.toString())
                .setParameter("fromYear", r.fromYear).setParameter("toYear", r.toYear).setParameter("level", r.level.name())
                .getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    public List<String> liveReferencesToOrganization(UUID organizationId) {
        return getEntityManager().createQuery("""
                        select concat('indicator report ', cast(r.id as String)) from IndicatorReport r
                        where r.organizationId = :id order by r.id""", String.class)
                .setParameter("id", organizationId).setMaxResults(11).getResultList();
    }

    public List<String> liveReferencesToIndicator(String code) {
        return getEntityManager().createNativeQuery("""
                        select 'indicator report ' || r.id from indicator_report r
                        where r.deleted_at is null and exists (select 1 from indicator_report_value v
                                                               where v.report_id = r.id and v.indicator_code = :code)
                        order by r.id limit 11""", String.class)
                .setParameter("code", code).getResultList();
    }

    /**
     * One line per figure of the accepted reports of exactly the period {@code fromYear}-{@code toYear}
     * (of {@code kind}, when given) whose unit lies {@code within} the scope (a predicate over {@code r}'s unit columns),
     * with what the statistics need to place the report: unit era, code and level, the legacy province
     * and district the unit belongs to, the 2025 commune that took a legacy commune over, the report's
     * level, indicator code and value.
     */
    public List<Object[]> acceptedFigures(int fromYear, int toYear, ReviewKind kind, UnitScope.Predicate within) {
        var query = getEntityManager().createNativeQuery("""
                        select r.unit_era, r.unit_code, u.level, u.province_code, u.district_code, r.unit_province,
                               (select min(s.new_code) from admin_unit_succession s
                                 where r.unit_era = 'legacy' and u.level = 'commune' and s.legacy_code = r.unit_code),
                               r.level, v.indicator_code, v.value, cast(r.id as text)
                        from indicator_report r
                        join indicator_report_value v on v.report_id = r.id
                        left join admin_unit u on u.era = r.unit_era and u.code = r.unit_code
                        where r.deleted_at is null and r.status = 'accepted' and r.from_year = :fromYear and r.to_year = :toYear
                          and (cast(:kind as text) is null or r.kind = cast(:kind as text))
                          and (r.unit_code is null or\s""" + within.condition() + ")")
                .setParameter("fromYear", fromYear).setParameter("toYear", toYear)
                .setParameter("kind", kind == null ? null : kind.toString());
        within.parameters().forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows;
    }
}
