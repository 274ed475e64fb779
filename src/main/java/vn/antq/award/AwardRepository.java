package vn.antq.award;

import jakarta.enterprise.context.ApplicationScoped;
import vn.antq.record.RecordRepository;
import jakarta.persistence.LockModeType;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AwardRepository implements RecordRepository<AwardDecision> {

    /** The live decision of {@code issuerId} numbered {@code number}, other than {@code exceptId}. */
    public Optional<AwardDecision> numbered(UUID issuerId, String number, UUID exceptId) {
        return find("issuerId = ?1 and number = ?2 and (?3 is null or id <> ?3)", issuerId, number, exceptId)
                .firstResultOptional();
    }

    /** An earlier valid commemorative medal of the person named {@code name} born on {@code birthDate}. */
    public Optional<EarlierMedal> earlierMedal(String name, LocalDate birthDate, UUID exceptId) {
        return getEntityManager().createQuery("""
                        select new vn.antq.award.AwardRepository$EarlierMedal(a.id, a.number, a.signedOn)
                        from AwardDecision a join a.recipients r
                        where a.form = vn.antq.award.AwardForm.commemorative_medal
                          and a.status = vn.antq.award.AwardStatus.valid
                          and r.kind = vn.antq.award.RecipientKind.individual
                          and r.nameKey = function('search_normalize', :name) and r.birthDate = :birthDate
                          and (:exceptId is null or a.id <> :exceptId)
                        order by a.signedOn, a.id""", EarlierMedal.class)
                .setParameter("name", name)
                .setParameter("birthDate", birthDate)
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
