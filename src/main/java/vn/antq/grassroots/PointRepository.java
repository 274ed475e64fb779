package vn.antq.grassroots;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import vn.antq.adminunit.UnitScope;
import vn.antq.grassroots.ModelDtos.PointFilter;
import vn.antq.grassroots.ModelDtos.PointSummary;
import vn.antq.shared.paging.ListQuery;
import vn.antq.shared.paging.Page;
import vn.antq.shared.paging.PageRequest;

import java.util.UUID;

@ApplicationScoped
public class PointRepository implements PanacheRepositoryBase<ModelPoint, UUID> {

    /** One page of the list: the filters that are set, within {@code scope} (null: the whole country). */
    public Page<PointSummary> page(UUID modelId, PointFilter filter, UnitScope scope, PageRequest<PointSummary> page) {
        ListQuery query = new ListQuery()
                .filter("e.modelId = :modelId", "modelId", modelId)
                .filter("e.organizationId = :organizationId", "organizationId", filter.organizationId())
                .search(filter.q());
        UnitScope.restrict(query, scope);
        return query.page(getEntityManager(), """
                select e.id, e.modelId, e.name,
                    u.id.era, u.id.code, u.level, u.fullName, e.organizationId, e.startedOn, e.teams, e.members,
                    e.createdAt, e.updatedAt
                from ModelPoint e left join AdminUnit u on u.id.era = e.unit.era and u.id.code = e.unit.code""",
                PointSummary.class, page);
    }
}
