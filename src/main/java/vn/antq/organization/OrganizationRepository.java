package vn.antq.organization;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class OrganizationRepository implements PanacheRepositoryBase<Organization, UUID> {

    /**
     * Live organizations among {@code ids}, locked against deletion until the caller's transaction
     * ends: a record that is about to refer to them cannot race with their deletion.
     */
    public List<Organization> lockLive(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return find("id in ?1", ids).withLock(LockModeType.PESSIMISTIC_READ).list();
    }

    public List<UUID> liveChildren(UUID id) {
        return getEntityManager()
                .createQuery("select o.id from Organization o where o.parentId = :id order by o.id", UUID.class)
                .setParameter("id", id)
                .getResultList();
    }
}
