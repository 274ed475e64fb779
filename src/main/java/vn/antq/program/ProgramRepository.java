package vn.antq.program;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import vn.antq.adminunit.UnitScope;
import vn.antq.program.ProgramDtos.ProgramFilter;
import vn.antq.program.ProgramDtos.ProgramSummary;
import vn.antq.record.RecordRepository;
import vn.antq.shared.paging.ListQuery;
import vn.antq.shared.paging.Page;
import vn.antq.shared.paging.PageRequest;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ProgramRepository implements RecordRepository<Program> {

    /** One page of the list: the filters that are set, within {@code scope} (null: the whole country). */
    public Page<ProgramSummary> page(ProgramFilter filter, List<UUID> organizationIds, UnitScope scope, PageRequest<ProgramSummary> page) {
        ListQuery query = new ListQuery()
                .filter("e.level = :level", "level", filter.level())
                .filter("e.status = :status", "status", filter.status())
                .filter("e.parentId = :parentId", "parentId", filter.parentId())
                .filter("exists (select 1 from Program p join p.signatoryIds s where p.id = e.id and s = :signatoryId)",
                        "signatoryId", filter.signatoryId())
                .filter("e.signedOn >= :signedFrom", "signedFrom", filter.signedFrom())
                .filter("e.signedOn <= :signedTo", "signedTo", filter.signedTo())
                .filter("e.periodStart <= :activeOn and (e.periodEnd is null or e.periodEnd >= :activeOn)",
                        "activeOn", filter.activeOn())
                .filter("exists (select 1 from Program p join p.signatoryIds s where p.id = e.id and s in :organizationIds)",
                        "organizationIds", organizationIds)
                .search(filter.q());
        UnitScope.restrict(query, scope);
        return query.page(getEntityManager(), """
                select e.id, e.code, e.title, e.level, e.status,
                    e.signedOn, e.periodStart, e.periodEnd, e.parentId, u.id.era, u.id.code, u.level, u.fullName,
                    e.createdAt, e.updatedAt
                from Program e left join AdminUnit u on u.id.era = e.unit.era and u.id.code = e.unit.code""",
                ProgramSummary.class, page);
    }

    /** The live program, locked against deletion until the caller's transaction ends. */
    public Optional<Program> lockLive(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_READ);
    }

    public boolean codeTaken(String code, UUID exceptId) {
        return count("code = ?1 and (?2 is null or id <> ?2)", code, exceptId) > 0;
    }

    /** Programs that an organization signed (the review conferences it hosted say so themselves). */
    public List<String> referringToOrganization(UUID id) {
        return liveReferencesTo("select distinct concat('program ', p.code) from Program p where :id member of p.signatoryIds", id);
    }

    /** Programs that implement the program. */
    public List<String> referringToProgram(UUID id) {
        return liveReferencesTo("select concat('program ', p.code) from Program p where p.parentId = :id", id);
    }
}
