package vn.antq.record;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import java.util.List;
import java.util.UUID;

/**
 * A repository of registry records. It also answers, for {@link Referrers}, which of its live records
 * refer to another record: each such query selects one describing text per record and names the
 * referenced id {@code :id} (deleted records are left out by the entities' own restriction).
 */
public interface RecordRepository<E> extends PanacheRepositoryBase<E, UUID> {

    default List<String> liveReferencesTo(String jpql, UUID id) {
        return liveReferencesTo(jpql, id, Integer.MAX_VALUE);
    }

    /** At most {@code limit} of them, for referrers that may be many (a 409 names ten). */
    default List<String> liveReferencesTo(String jpql, UUID id, int limit) {
        return getEntityManager().createQuery(jpql, String.class)
                .setParameter("id", id)
                .setMaxResults(limit)
                .getResultList();
    }
}
