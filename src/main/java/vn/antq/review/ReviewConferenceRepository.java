package vn.antq.review;

import jakarta.enterprise.context.ApplicationScoped;
import vn.antq.record.RecordRepository;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class ReviewConferenceRepository implements RecordRepository<ReviewConference> {

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
