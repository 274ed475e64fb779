package vn.antq.indicator;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import vn.antq.indicator.IndicatorDtos.IndicatorFilter;
import vn.antq.shared.paging.ListQuery;
import vn.antq.shared.paging.Page;
import vn.antq.shared.paging.PageRequest;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class IndicatorRepository implements PanacheRepositoryBase<Indicator, UUID> {

    /** One page of the catalogue: the filters that are set. */
    public Page<Indicator> page(IndicatorFilter filter, PageRequest<Indicator> page) {
        ListQuery query = new ListQuery()
                .filter("e.code = :code", "code", filter.code())
                .filter("e.kind = :kind", "kind", filter.kind())
                .filter("e.shareOf = :shareOf", "shareOf", filter.shareOf())
                .search(filter.q());
        if (filter.level() != null) {
            query.condition("function('indicator_reported_at', e.levels, :level) = true", Map.of("level", filter.level().name()));
        }
        if (filter.validIn() != null) {
            query.condition("(e.validFrom is null or e.validFrom <= :yearEnd) and (e.validTo is null or e.validTo >= :yearStart)",
                    Map.of("yearStart", LocalDate.of(filter.validIn(), 1, 1), "yearEnd", LocalDate.of(filter.validIn(), 12, 31)));
        }
        return query.page(getEntityManager(), "select e from Indicator e", Indicator.class, page);
    }

    /** The live indicators with these codes, by code. */
    public Map<String, Indicator> byCode(Collection<String> codes) {
        Map<String, Indicator> found = new HashMap<>();
        if (!codes.isEmpty()) {
            list("code in ?1", codes).forEach(i -> found.put(i.code, i));
        }
        return found;
    }

    /** As {@link #byCode}, locked against changes until the transaction ends (a report validated against them). */
    public Map<String, Indicator> lockByCode(Collection<String> codes) {
        Map<String, Indicator> found = new HashMap<>();
        if (!codes.isEmpty()) {
            find("code in ?1", codes).withLock(LockModeType.PESSIMISTIC_READ).list().forEach(i -> found.put(i.code, i));
        }
        return found;
    }

    public List<String> partsOf(String code) {
        return getEntityManager().createQuery("""
                        select concat('indicator ', i.code) from Indicator i where i.shareOf = :code order by i.code""", String.class)
                .setParameter("code", code).setMaxResults(11).getResultList();
    }
}
