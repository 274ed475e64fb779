package vn.antq.award;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import vn.antq.award.AwardDtos.AwardFilter;
import vn.antq.award.AwardDtos.AwardSummary;
import vn.antq.record.RecordRepository;
import vn.antq.shared.paging.ListQuery;
import vn.antq.shared.paging.Page;
import vn.antq.shared.paging.PageRequest;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AwardRepository implements RecordRepository<AwardDecision> {

    /** One page of the list: the filters that are set. */
    public Page<AwardSummary> page(AwardFilter filter, List<UUID> organizationIds, PageRequest<AwardSummary> page) {
        ListQuery query = new ListQuery()
                .filter("e.issuerId = :issuerId", "issuerId", filter.issuerId())
                .filter("e.form = :form", "form", filter.form())
                .filter("e.occasion = :occasion", "occasion", filter.occasion())
                .filter("e.occasionProgramId = :programId", "programId", filter.programId())
                .filter("e.status = :status", "status", filter.status())
                .filter("exists (select 1 from AwardDecision a join a.recipients r where a.id = e.id "
                        + "and r.organizationId = :recipientOrganizationId)",
                        "recipientOrganizationId", filter.recipientOrganizationId())
                .filter("(e.issuerId in :organizationIds or exists (select 1 from AwardDecision a join a.recipients r where a.id = e.id"
                        + " and r.organizationId in :organizationIds))",
                        "organizationIds", organizationIds)
                .search(filter.q());
        if (filter.year() != null) {
            query.condition("e.signedOn >= :yearStart and e.signedOn <= :yearEnd",
                    Map.of("yearStart", LocalDate.of(filter.year(), 1, 1), "yearEnd", LocalDate.of(filter.year(), 12, 31)));
        }
        if (filter.recipientName() != null && !filter.recipientName().isBlank()) {
            query.condition("exists (select 1 from AwardDecision a join a.recipients r where a.id = e.id and "
                    + "r.nameKey like concat('%', function('search_normalize', :recipientName), '%') escape '\\')",
                    Map.of("recipientName", vn.antq.shared.search.SearchText.escapeLike(filter.recipientName().strip())));
        }
        return query.page(getEntityManager(), """
                select e.id, e.number, e.signedOn, e.issuerId, o.name, e.form,
                    e.occasion, e.occasionProgramId, e.occasionAgreementId, e.occasionYear, e.status,
                    (select count(*) from AwardDecision c join c.recipients r
                      where c.id = e.id and r.kind = vn.antq.award.RecipientKind.collective),
                    (select count(*) from AwardDecision c join c.recipients r
                      where c.id = e.id and r.kind = vn.antq.award.RecipientKind.individual),
                    e.createdAt, e.updatedAt
                from AwardDecision e left join Organization o on o.id = e.issuerId""", AwardSummary.class, page);
    }

    /**
     * Serialises concurrent medals for the same person (by fingerprint: name as written, accents and case
     * aside, and birth date) until the caller's transaction ends.
     */
    public void lockMedalHolder(String fingerprint) {
        getEntityManager()
                .createNativeQuery("select cast(pg_advisory_xact_lock(hashtext('medal:' || :fingerprint)) as text)")
                .setParameter("fingerprint", fingerprint)
                .getSingleResult();
    }

    /** Names the action of the current transaction in the audit trail ({@code erase} or {@code correct}). */
    public void nameAuditAction(String action) {
        getEntityManager().createNativeQuery("select set_config('antq.audit_action', :action, true)")
                .setParameter("action", action).getSingleResult();
    }

    /**
     * Rewrites the decision's stored history so that the individual recipient at {@code index} reads in
     * every earlier state as it is now (the owner's function award_recipient_history_rewrite, V100).
     */
    public void rewriteRecipientHistory(UUID awardId, int index) {
        getEntityManager().createNativeQuery("select cast(award_recipient_history_rewrite(:award, :index) as text)")
                .setParameter("award", awardId).setParameter("index", index).getSingleResult();
    }

    /** The live decision of {@code issuerId} numbered {@code number}, other than {@code exceptId}. */
    public Optional<AwardDecision> numbered(UUID issuerId, String number, UUID exceptId) {
        return find("issuerId = ?1 and number = ?2 and (?3 is null or id <> ?3)", issuerId, number, exceptId)
                .firstResultOptional();
    }

    /**
     * An earlier valid commemorative medal of the person: by the full data of a recipient that is not
     * erased (normalised name {@code nameKey} and {@code birthDate}), or by the fingerprint (which an erased
     * recipient keeps); {@code nameKey} is {@code null} for an erased person.
     */
    public Optional<EarlierMedal> earlierMedal(String nameKey, LocalDate birthDate, String fingerprint, UUID exceptId) {
        return getEntityManager().createQuery("""
                        select a.id, a.number, a.signedOn
                        from AwardDecision a join a.recipients r
                        where a.form = vn.antq.award.AwardForm.commemorative_medal
                          and a.status = vn.antq.award.AwardStatus.valid
                          and r.kind = vn.antq.award.RecipientKind.individual
                          and (r.fingerprint = :fingerprint
                               or r.erased = false and r.nameKey = :nameKey and r.birthDate = :birthDate)
                          and (:exceptId is null or a.id <> :exceptId)
                        order by a.signedOn, a.id""", EarlierMedal.class)
                .setParameter("nameKey", nameKey == null ? "" : nameKey)
                .setParameter("birthDate", birthDate)
                .setParameter("fingerprint", fingerprint)
                .setParameter("exceptId", exceptId)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** Live award decisions among {@code ids}, locked against deletion until the caller's transaction ends. */
    public List<AwardDecision> lockLive(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return find("id in ?1", ids).withLock(LockModeType.PESSIMISTIC_READ).list();
    }

    public record EarlierMedal(UUID id, String number, LocalDate signedOn) {
    }

    private static final String NAMED = "concat('award ', a.number, ' (', cast(a.id as String), ')')";

    /** Decisions that an organization issued or of which it is a recipient. */
    public List<String> referringToOrganization(UUID id) {
        return liveReferencesTo("select distinct " + NAMED + """
                 from AwardDecision a
                where a.issuerId = :id
                   or exists (select 1 from AwardDecision b join b.recipients r where b.id = a.id and r.organizationId = :id)
                """, id);
    }

    /** Decisions made on the occasion of the program. */
    public List<String> referringToProgram(UUID id) {
        return liveReferencesTo("select " + NAMED + " from AwardDecision a where a.occasionProgramId = :id", id);
    }

    /** Decisions made on the occasion of the agreement. */
    public List<String> referringToAgreement(UUID id) {
        return liveReferencesTo("select " + NAMED + " from AwardDecision a where a.occasionAgreementId = :id", id);
    }
}
