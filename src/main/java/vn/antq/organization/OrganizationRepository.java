package vn.antq.organization;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import vn.antq.adminunit.UnitScope;
import vn.antq.organization.OrganizationDtos.OrganizationFilter;
import vn.antq.organization.OrganizationDtos.OrganizationSummary;
import vn.antq.shared.paging.ListQuery;
import vn.antq.shared.paging.Page;
import vn.antq.shared.paging.PageRequest;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class OrganizationRepository implements PanacheRepositoryBase<Organization, UUID> {

    /** One page of the list: the filters that are set, within {@code scope} (null: the whole country). */
    public Page<OrganizationSummary> page(OrganizationFilter filter, UnitScope scope, PageRequest<OrganizationSummary> page) {
        ListQuery query = new ListQuery()
                .filter("e.type = :type", "type", filter.type())
                .filter("e.level = :level", "level", filter.level())
                .filter("e.parentId = :parentId", "parentId", filter.parentId())
                .filter("(e.activeFrom is null or e.activeFrom <= :activeOn) and (e.activeTo is null or e.activeTo >= :activeOn)",
                        "activeOn", filter.activeOn())
                .search(filter.q());
        return UnitScope.restrict(query, scope).page(getEntityManager(), """
                select e.id, e.name, e.shortName, e.type, e.level, u.id.era, u.id.code, u.level, u.fullName,
                    e.parentId, e.activeFrom, e.activeTo, e.createdAt, e.updatedAt
                from Organization e left join AdminUnit u on u.id.era = e.unit.era and u.id.code = e.unit.code""",
                OrganizationSummary.class, page);
    }

    /**
     * Live organizations among {@code ids}, locked against deletion until the caller's transaction
     * ends: a record that is about to refer to them cannot race with their deletion.
     */
    public List<Organization> lockLive(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        // Native, with one array parameter: an HQL "in" list is translated again on every call, and
        // every festival write asks for its organizers.
        @SuppressWarnings("unchecked")
        List<Organization> live = getEntityManager().createNativeQuery(
                        "SELECT * FROM organization WHERE id = ANY (?1) AND deleted_at IS NULL FOR SHARE", Organization.class)
                .setParameter(1, ids.toArray(UUID[]::new))
                .getResultList();
        return live;
    }

    /** Names of the given organizations by id. */
    public Map<UUID, String> names(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager()
                .createNativeQuery("SELECT id, name FROM organization WHERE id = ANY (?1) AND deleted_at IS NULL")
                .setParameter(1, ids.stream().distinct().toArray(UUID[]::new))
                .getResultList();
        return rows.stream().collect(Collectors.toMap(row -> (UUID) row[0], row -> (String) row[1]));
    }

    public List<UUID> liveChildren(UUID id) {
        return getEntityManager()
                .createQuery("select o.id from Organization o where o.parentId = :id order by o.id", UUID.class)
                .setParameter("id", id)
                .getResultList();
    }
}
