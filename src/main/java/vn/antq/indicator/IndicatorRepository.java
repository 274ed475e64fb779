package vn.antq.indicator;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class IndicatorRepository implements PanacheRepositoryBase<Indicator, UUID> {

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
