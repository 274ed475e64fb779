package vn.antq.grassroots;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import vn.antq.adminunit.UnitScope;
import vn.antq.grassroots.ModelDtos.ModelFilter;
import vn.antq.grassroots.ModelDtos.ModelSummary;
import vn.antq.record.RecordRepository;
import vn.antq.shared.paging.ListQuery;
import vn.antq.shared.paging.Page;
import vn.antq.shared.paging.PageRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ModelRepository implements RecordRepository<GrassrootsModel> {

    /** One page of the list: the filters that are set, within {@code scope} (null: the whole country). */
    public Page<ModelSummary> page(ModelFilter filter, List<UUID> organizationIds, UnitScope scope, PageRequest<ModelSummary> page) {
        ListQuery query = new ListQuery()
                .filter("e.category = :category", "category", filter.category())
                .filter("e.topic = :topic", "topic", filter.topic())
                .filter("f.status = :status", "status", filter.status())
                .filter("exists (select 1 from GrassrootsModel m join m.sponsorIds s where m.id = e.id and s = :sponsorId)",
                        "sponsorId", filter.sponsorId())
                .filter("exists (select 1 from GrassrootsModel m join m.sponsorIds s join Organization o on o.id = s "
                        + "where m.id = e.id and o.type = :sponsorType)", "sponsorType", filter.sponsorType())
                .filter("e.establishedOn >= :establishedFrom", "establishedFrom", filter.establishedFrom())
                .filter("e.establishedOn <= :establishedTo", "establishedTo", filter.establishedTo())
                .filter("e.replicatedFromId = :replicatedFromId", "replicatedFromId", filter.replicatedFromId())
                .filter("(exists (select 1 from GrassrootsModel m join m.sponsorIds s where m.id = e.id and s in :organizationIds)"
                        + " or e.recognizedById in :organizationIds)",
                        "organizationIds", organizationIds)
                .search(filter.q());
        if (filter.exemplary() != null) {
            query.condition(filter.exemplary() ? "e.recognizedById is not null" : "e.recognizedById is null", Map.of());
        }
        UnitScope.restrict(query, scope);
        return query.page(getEntityManager(), """
                select e.id, e.name, e.category, e.topic,
                    u.id.era, u.id.code, u.level, u.fullName, e.establishedOn, e.replicatedFromId, e.recognizedById,
                    f.status, f.statusSince, f.pointCount, f.teamCount, f.memberCount, e.createdAt, e.updatedAt
                from GrassrootsModel e
                left join AdminUnit u on u.id.era = e.unit.era and u.id.code = e.unit.code
                left join ModelFigures f on f.modelId = e.id""", ModelSummary.class, page);
    }

    /** The live model, locked against deletion until the caller's transaction ends. */
    public Optional<GrassrootsModel> lockLive(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_READ);
    }

    /** The live model, locked for the writing of one of its points until the caller's transaction ends. */
    public Optional<GrassrootsModel> lockForPointWrite(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public ModelFigures figures(UUID id) {
        return getEntityManager().find(ModelFigures.class, id);
    }

    private static final String MODEL = "concat('model ', m.name, ' (', cast(m.id as String), ')')";
    private static final String POINT = "concat('model point ', cast(p.id as String))";

    /** Models an organization sponsors or recognised, and the points it manages. */
    public List<String> referringToOrganization(UUID id) {
        List<String> found = new ArrayList<>(liveReferencesTo("select distinct " + MODEL + """
                 from GrassrootsModel m
                where m.recognizedById = :id
                   or exists (select 1 from GrassrootsModel n join n.sponsorIds s where n.id = m.id and s = :id)
                """, id));
        found.addAll(liveReferencesTo("select " + POINT + " from ModelPoint p where p.organizationId = :id", id));
        return found;
    }

    /** Models replicated from the model, and its points. */
    public List<String> referringToModel(UUID id) {
        List<String> found = new ArrayList<>(liveReferencesTo(
                "select " + MODEL + " from GrassrootsModel m where m.replicatedFromId = :id", id));
        found.addAll(liveReferencesTo("select " + POINT + " from ModelPoint p where p.modelId = :id", id));
        return found;
    }
}
