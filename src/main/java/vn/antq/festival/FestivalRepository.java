package vn.antq.festival;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class FestivalRepository implements PanacheRepositoryBase<Festival, UUID> {

    /**
     * Takes the festival writers' lock for the rest of the transaction, before any festival row is
     * touched, so that festival writers queue in one order (see V7__festivals.sql).
     */
    public void lockWriters() {
        getEntityManager().createNativeQuery("SELECT festival_writers_lock()").getSingleResult();
    }

    /** The last festival change this reader can see; every change up to it is committed. */
    public long lastChange() {
        return ((Number) getEntityManager().createNativeQuery("SELECT coalesce(max(change_seq), 0) FROM festival")
                .getSingleResult()).longValue();
    }

    public List<String> liveReferencesTo(String jpql, UUID id) {
        return getEntityManager().createQuery(jpql, String.class).setParameter("id", id).getResultList();
    }
}
