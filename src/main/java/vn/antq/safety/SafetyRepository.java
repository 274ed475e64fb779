package vn.antq.safety;

import jakarta.enterprise.context.ApplicationScoped;
import vn.antq.adminunit.UnitScope;
import vn.antq.record.RecordRepository;
import vn.antq.safety.SafetyDtos.AssessmentFilter;
import vn.antq.safety.SafetyDtos.AssessmentSummary;
import vn.antq.shared.paging.ListQuery;
import vn.antq.shared.paging.Page;
import vn.antq.shared.paging.PageRequest;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class SafetyRepository implements RecordRepository<SafetyAssessment> {

    /** One page of the list: the filters that are set, within {@code scope} (null: the whole country). */
    public Page<AssessmentSummary> page(AssessmentFilter filter, UnitScope scope, PageRequest<AssessmentSummary> page) {
        ListQuery query = new ListQuery()
                .filter("e.year = :year", "year", filter.year())
                .filter("e.year >= :fromYear", "fromYear", filter.fromYear())
                .filter("e.year <= :toYear", "toYear", filter.toYear())
                .filter("e.subjectKind = :subjectKind", "subjectKind", filter.subjectKind())
                .filter("e.attained = :attained", "attained", filter.attained())
                .filter("e.standard = :standard", "standard", filter.standard())
                .filter("e.stage = :stage", "stage", filter.stage())
                .filter("e.organizationId = :organizationId", "organizationId", filter.organizationId())
                .filter("e.recognizedById = :recognizedById", "recognizedById", filter.recognizedById())
                .search(filter.q());
        UnitScope.restrict(query, scope);
        return query.page(getEntityManager(), """
                select e.id, e.standard, e.subjectKind, e.year,
                    u.id.era, u.id.code, u.level, u.fullName, e.organizationId, e.areaName, e.attained, e.stage,
                    e.recognizedById, e.decisionNumber, e.decidedOn, e.createdAt, e.updatedAt
                from SafetyAssessment e left join AdminUnit u on u.id.era = e.unit.era and u.id.code = e.unit.code""",
                AssessmentSummary.class, page);
    }

    /**
     * The live assessment of the subject with the given key against {@code standard} in {@code year}, other than {@code except}.
     * An area's key is normalised by the database, as the generated subject_key is.
     */
    public List<UUID> sameSubject(Standard standard, String keyPrefix, String areaName, int year, UUID except) {
        @SuppressWarnings("unchecked")
        List<UUID> found = getEntityManager().createNativeQuery("""
                        select s.id from safety_assessment s
                        where s.deleted_at is null and s.year = :year and s.standard = :standard
                          and s.subject_key = :prefix || coalesce(search_normalize(cast(:area as text)), '')
                          and (cast(:except as uuid) is null or s.id <> cast(:except as uuid))""", UUID.class)
                .setParameter("year", year).setParameter("standard", standard.name()).setParameter("prefix", keyPrefix).setParameter("area", areaName)
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
