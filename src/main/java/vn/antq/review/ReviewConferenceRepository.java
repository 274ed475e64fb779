package vn.antq.review;

import jakarta.enterprise.context.ApplicationScoped;
import vn.antq.adminunit.UnitScope;
import vn.antq.record.RecordRepository;
import vn.antq.review.ReviewDtos.ConferenceFilter;
import vn.antq.review.ReviewDtos.ConferenceSummary;
import vn.antq.shared.paging.ListQuery;
import vn.antq.shared.paging.Page;
import vn.antq.shared.paging.PageRequest;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class ReviewConferenceRepository implements RecordRepository<ReviewConference> {

    /** One page of the list: the filters that are set, within {@code scope} (null: the whole country). */
    public Page<ConferenceSummary> page(ConferenceFilter filter, List<UUID> organizationIds, UnitScope scope, PageRequest<ConferenceSummary> page) {
        ListQuery query = new ListQuery()
                .filter("e.kind = :kind", "kind", filter.kind())
                .filter("e.level = :level", "level", filter.level())
                // A year is a range of dates, so that the date index serves it.
                .filter("e.heldOn >= :yearStart", "yearStart", filter.year() == null ? null : LocalDate.of(filter.year(), 1, 1))
                .filter("e.heldOn <= :yearEnd", "yearEnd", filter.year() == null ? null : LocalDate.of(filter.year(), 12, 31))
                .filter("e.heldOn >= :heldFrom", "heldFrom", filter.heldFrom())
                .filter("e.heldOn <= :heldTo", "heldTo", filter.heldTo())
                .filter("e.programId = :programId", "programId", filter.programId())
                .filter("e.agreementId = :agreementId", "agreementId", filter.agreementId())
                .filter("e.indicatorReportId = :indicatorReportId", "indicatorReportId", filter.indicatorReportId())
                .filter("exists (select 1 from ReviewConference c join c.hostIds h where c.id = e.id and h in :organizationIds)",
                        "organizationIds", organizationIds)
                .search(filter.q());
        UnitScope.restrict(query, scope);
        return query.page(getEntityManager(), """
                select e.id, e.kind, e.heldOn, e.level,
                    u.id.era, u.id.code, u.level, u.fullName, e.title, e.format, e.bridgePoints, e.programId,
                    e.agreementId, e.fromYear, e.toYear, e.festivalYear, e.indicatorReportId, e.createdAt, e.updatedAt
                from ReviewConference e left join AdminUnit u on u.id.era = e.unit.era and u.id.code = e.unit.code""",
                ConferenceSummary.class, page);
    }

    private static final String NAMED = "concat('review conference ', c.title, ' (', cast(c.id as String), ')')";

    /** The tables of the records a conference names, by the kind of record. */
    enum Referenced {
        PROGRAM("program"), AGREEMENT("coordination_agreement"), INDICATOR_REPORT("indicator_report"), AWARD("award_decision");

        final String table;

        Referenced(String table) {
            this.table = table;
        }
    }

    /**
     * The live records of {@code kind} among {@code ids}, in one query, locked against deletion until the
     * caller's transaction ends (a conference about to refer to them cannot race with their deletion).
     */
    @SuppressWarnings("unchecked")
    public Set<UUID> lockLive(Referenced kind, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        List<UUID> found = getEntityManager()
                .createNativeQuery("select id from " + kind.table + " where id in (:ids) and deleted_at is null for share", UUID.class)
                .setParameter("ids", Set.copyOf(ids))
                .getResultList();
        return new HashSet<>(found);
    }

    /** The live conferences that review a program, in the order they were held. */
    public List<ReviewConference> ofProgram(UUID programId) {
        return list("programId = ?1 order by heldOn, createdAt, id", programId);
    }

    /** The live conferences that review an agreement, in the order they were held. */
    public List<ReviewConference> ofAgreement(UUID agreementId) {
        return list("agreementId = ?1 order by heldOn, createdAt, id", agreementId);
    }

    public List<String> referringToOrganization(UUID id) {
        return liveReferencesTo("select " + NAMED + " from ReviewConference c where :id member of c.hostIds", id);
    }

    public List<String> referringToProgram(UUID id) {
        return liveReferencesTo("select " + NAMED + " from ReviewConference c where c.programId = :id", id);
    }

    public List<String> referringToAgreement(UUID id) {
        return liveReferencesTo("select " + NAMED + " from ReviewConference c where c.agreementId = :id", id);
    }

    public List<String> referringToIndicatorReport(UUID id) {
        return liveReferencesTo("select " + NAMED + " from ReviewConference c where c.indicatorReportId = :id", id);
    }

    public List<String> referringToAward(UUID id) {
        return liveReferencesTo("select " + NAMED + " from ReviewConference c where :id member of c.awardIds", id);
    }
}
