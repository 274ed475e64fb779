package vn.antq.festival;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class FestivalRepository implements PanacheRepositoryBase<Festival, UUID> {

    /**
     * Takes the festival clock's lock for the rest of the transaction, before any festival row is
     * touched, so that festival writers queue in one order (see V7__festivals.sql).
     */
    public void lockClock() {
        getEntityManager().createNativeQuery("SELECT seq FROM festival_clock WHERE id = 1 FOR UPDATE").getSingleResult();
    }

    /** The last festival change this transaction can see; every change up to it is committed. */
    public long clock() {
        return ((Number) getEntityManager().createNativeQuery("SELECT seq FROM festival_clock WHERE id = 1")
                .getSingleResult()).longValue();
    }

    public List<String> liveReferencesTo(String jpql, UUID id) {
        return getEntityManager().createQuery(jpql, String.class).setParameter("id", id).getResultList();
    }
}
