package vn.antq.safety;

import jakarta.enterprise.context.ApplicationScoped;
import vn.antq.record.RecordRepository;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class SafetyRepository implements RecordRepository<SafetyAssessment> {

    /**
     * The live assessment of the subject with the given key in {@code year}, other than {@code except}.
     * An area's key is normalised by the database, as the generated subject_key is.
     */
    public List<UUID> sameSubject(String keyPrefix, String areaName, int year, UUID except) {
        @SuppressWarnings("unchecked")
        List<UUID> found = getEntityManager().createNativeQuery("""
                        select s.id from safety_assessment s
                        where s.deleted_at is null and s.year = :year
                          and s.subject_key = :prefix || coalesce(search_normalize(cast(:area as text)), '')
                          and (cast(:except as uuid) is null or s.id <> cast(:except as uuid))""", UUID.class)
                .setParameter("year", year).setParameter("prefix", keyPrefix).setParameter("area", areaName)
                .setParameter("except", except == null ? null : except.toString())
                .getResultList();
        return found;
    }

    /** Assessments of an organization, or recognised by it. */
    public List<String> referringToOrganization(UUID id) {
        return liveReferencesTo("""
                select concat('safety assessment ', cast(s.id as String)) from SafetyAssessment s
                where s.organizationId = :id or s.recognizedById = :id order by s.id""", id, 11);
    }
}
