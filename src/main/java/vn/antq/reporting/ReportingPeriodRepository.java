package vn.antq.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import vn.antq.adminunit.AdminUnitKey;
import vn.antq.adminunit.UnitScope;
import vn.antq.record.RecordRepository;
import vn.antq.reporting.ReportingDtos.PeriodFilter;
import vn.antq.reporting.ReportingDtos.PeriodSummary;
import vn.antq.shared.paging.ListQuery;
import vn.antq.shared.paging.Page;
import vn.antq.shared.paging.PageRequest;
import vn.antq.shared.search.SearchText;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ReportingPeriodRepository implements RecordRepository<ReportingPeriod> {

    /** One page of the list: the filters that are set, within {@code scope} (null: the whole country). */
    public Page<PeriodSummary> page(PeriodFilter filter, UnitScope scope, PageRequest<PeriodSummary> page) {
        ListQuery query = new ListQuery()
                .filter("e.kind = :kind", "kind", filter.kind())
                .filter("e.level = :level", "level", filter.level())
                .filter("e.era = :era", "era", filter.era())
                .filter("e.fromYear <= :year and e.toYear >= :year", "year", filter.year())
                .filter("e.dueOn >= :dueFrom", "dueFrom", filter.dueFrom())
                .filter("e.dueOn <= :dueTo", "dueTo", filter.dueTo())
                .filter("e.organizationId = :organizationId", "organizationId", filter.organizationId())
                .search(filter.q());
        UnitScope.restrict(query, scope);
        return query.page(getEntityManager(), """
                select e.id, e.title, e.organizationId, e.kind, e.fromYear, e.toYear, e.level, e.era,
                    u.id.era, u.id.code, u.level, u.fullName, e.opensOn, e.dueOn, e.createdAt, e.updatedAt
                from ReportingPeriod e left join AdminUnit u on u.id.era = e.unit.era and u.id.code = e.unit.code""",
                PeriodSummary.class, page);
    }

    /** The live periods that the organization issued. */
    public List<String> referringToOrganization(UUID id) {
        return liveReferencesTo("select concat('reporting period ', p.title) from ReportingPeriod p where p.organizationId = :id", id, 11);
    }

    public List<String> citing(UUID documentId) {
        return liveReferencesTo("select concat('reporting period ', p.title) from ReportingPeriod p where :id member of p.documentIds",
                documentId, 11);
    }

    /** The live periods whose due day is on or after {@code from} (the reminder job's candidates). */
    public List<ReportingPeriod> dueSince(LocalDate from) {
        return list("dueOn >= ?1", from);
    }

    /**
     * Every unit that must report in the period, with the live indicator report that answers it (if any):
     * era, code, level, full name, report id, report status and submission time, in code order; {@code q} narrows
     * them to the units whose name holds it (accent-insensitive).
     */
    public List<Object[]> units(ReportingPeriod p, String q) {
        String scope = "";
        if (p.unit != null) {
            scope = switch (p.level) {
                case district -> " and u.province_code = :scope";
                case commune -> AdminUnitKey.LEGACY.equals(p.era) ? " and u.district_code = :scope" : " and u.province_code = :scope";
                default -> " and false";
            };
        }
        boolean search = q != null && !q.isBlank();
        var query = getEntityManager().createNativeQuery("""
                        select u.era, u.code, u.level, u.full_name, r.id, r.status, r.submitted_at
                        from admin_unit u
                        left join indicator_report r on r.deleted_at is null and r.unit_era = u.era and r.unit_code = u.code
                             and r.level = :level and r.kind = :kind and r.from_year = :fromYear and r.to_year = :toYear
                        where u.era = :era and u.level = :level
                          and (u.valid_from is null or u.valid_from <= make_date(:toYear, 12, 31))
                          and (u.valid_to is null or u.valid_to >= make_date(:fromYear, 1, 1))"""
                        + scope
                        + (search ? " and u.search_text like concat('%', search_normalize(:q), '%') escape '\\'" : "")
                        + " order by u.code")
                .setParameter("level", p.level.name()).setParameter("kind", p.kind.toString())
                .setParameter("fromYear", p.fromYear).setParameter("toYear", p.toYear).setParameter("era", p.era);
        if (p.unit != null) {
            query.setParameter("scope", p.unit.code());
        }
        if (search) {
            query.setParameter("q", SearchText.escapeLike(q.strip()));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows;
    }

    /** Converts a native timestamp column to an Instant. */
    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp " + value.getClass());
    }
}
