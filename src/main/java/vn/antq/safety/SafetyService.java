package vn.antq.safety;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.antq.adminunit.AdminUnitKey;
import vn.antq.adminunit.AdminUnitService;
import vn.antq.adminunit.UnitCatalog;
import vn.antq.organization.Organization;
import vn.antq.organization.OrganizationRepository;
import vn.antq.organization.OrganizationService;
import vn.antq.record.RecordService;
import vn.antq.safety.SafetyDtos.AssessmentFilter;
import vn.antq.safety.SafetyDtos.AssessmentRequest;
import vn.antq.safety.SafetyDtos.AssessmentSummary;
import vn.antq.safety.SafetyDtos.AssessmentView;
import vn.antq.safety.SafetyDtos.Authority;
import vn.antq.shared.error.ApiProblem;
import vn.antq.shared.error.Violations;
import vn.antq.shared.paging.Page;
import vn.antq.shared.paging.PageRequest;
import vn.antq.shared.paging.SortKey;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class SafetyService extends RecordService<SafetyAssessment, AssessmentRequest, AssessmentView> {

    public static final String KIND = "safety assessment";
    public static final String COLLECTION = "safety-assessments";

    public static final PageRequest.Sorts<AssessmentSummary> SORTS = new PageRequest.Sorts<>(
            List.of(new SortKey<>("createdAt", "e.createdAt", Instant.class, AssessmentSummary::createdAt),
                    new SortKey<>("updatedAt", "e.updatedAt", Instant.class, AssessmentSummary::updatedAt)),
            new SortKey<>("createdAt", "e.createdAt", Instant.class, AssessmentSummary::createdAt),
            new SortKey<>("id", "e.id", UUID.class, AssessmentSummary::id));

    @Inject
    SafetyRepository assessments;
    @Inject
    OrganizationRepository organizationRepository;
    @Inject
    OrganizationService organizations;
    @Inject
    AdminUnitService adminUnits;
    @Inject
    UnitCatalog units;

    public SafetyService() {
        super(COLLECTION, KIND, SafetyAssessment::new);
    }

    public Page<AssessmentSummary> list(AssessmentFilter filter, PageRequest<AssessmentSummary> page) {
        return assessments.page(filter, adminUnits.scope(filter.unit(), "unit"), page);
    }

    @Override
    protected Map<String, String> referencesById() {
        return Map.of("recognizedBy", "recognizedById");
    }

    @Override
    protected PanacheRepositoryBase<SafetyAssessment, UUID> repository() {
        return assessments;
    }

    @Override
    protected void validate(AssessmentRequest request, SafetyAssessment current, Violations violations) {
        List<UUID> ids = new ArrayList<>();
        if (request.organizationId() != null) {
            ids.add(request.organizationId());
        }
        if (request.recognizedById() != null) {
            ids.add(request.recognizedById());
        }
        AssessmentRules.check(request.subjectKind(), request.year(), request.adminUnit(), request.organizationId(),
                strip(request.areaName()), request.periodStart(), request.periodEnd(), request.recognizedById(),
                units.units(), liveOrganizations(ids), "", violations);
        AssessmentRules.checkStandard(standardOf(request), request.subjectKind(), request.stage(), request.attained(), "",
                violations);
    }

    /** The standard a request names, {@code antt_safe} when it names none. */
    static Standard standardOf(AssessmentRequest request) {
        return request.standard() == null ? Standard.antt_safe : request.standard();
    }

    /** The live organizations among {@code ids}, locked against deletion until the transaction ends. */
    Map<UUID, AssessmentRules.Org> liveOrganizations(List<UUID> ids) {
        Map<UUID, AssessmentRules.Org> found = new HashMap<>();
        for (Organization o : organizationRepository.lockLive(ids)) {
            found.put(o.id, new AssessmentRules.Org(o.id, o.type, o.unit, o.name));
        }
        return found;
    }

    @Override
    protected AdminUnitKey unitOf(SafetyAssessment assessment) {
        return assessment.unit;
    }

    @Override
    protected AdminUnitKey unitOf(AssessmentRequest request) {
        if (request.subjectKind().isOrganization()) {
            Organization org = organizationRepository.findById(request.organizationId());
            return org.unit;
        }
        return request.adminUnit().key();
    }

    /** Runs after the area checks: a subject is assessed once per year (409 naming the earlier assessment). */
    @Override
    protected void apply(SafetyAssessment entity, AssessmentRequest request) {
        AdminUnitKey unit = unitOf(request);
        String area = strip(request.areaName());
        Standard standard = standardOf(request);
        List<UUID> earlier = assessments.sameSubject(standard, AssessmentRules.keyPrefix(request.subjectKind(), unit, request.organizationId()),
                area, request.year(), entity.id);
        if (!earlier.isEmpty()) {
            throw ApiProblem.conflict("This subject already has an assessment" + SafetyBulkImport.against(standard) + " for "
                    + request.year() + ": safety assessment " + earlier.get(0) + ".");
        }
        entity.standard = standard;
        entity.stage = request.stage();
        entity.subjectKind = request.subjectKind();
        entity.year = request.year();
        entity.unit = unit;
        entity.organizationId = request.subjectKind().isOrganization() ? request.organizationId() : null;
        entity.areaName = area;
        entity.periodStart = request.periodStart();
        entity.periodEnd = request.periodEnd();
        entity.attained = request.attained();
        entity.recognizedById = request.recognizedById();
        entity.decisionNumber = strip(request.decisionNumber());
        entity.decidedOn = request.decidedOn();
        entity.note = request.note();
    }

    @Override
    protected AssessmentView toView(SafetyAssessment a) {
        List<UUID> named = new ArrayList<>();
        if (a.organizationId != null) {
            named.add(a.organizationId);
        }
        if (a.recognizedById != null) {
            named.add(a.recognizedById);
        }
        Map<UUID, String> names = organizations.names(named);
        var unit = adminUnits.label(a.unit);
        String subjectName = a.organizationId != null ? names.get(a.organizationId)
                : a.areaName != null ? a.areaName : unit == null ? null : unit.fullName();
        Authority authority = a.recognizedById == null ? null : new Authority(a.recognizedById, names.get(a.recognizedById));
        return new AssessmentView(a.id, a.standard, a.subjectKind, a.year, subjectName, unit, a.organizationId, a.areaName,
                a.periodStart, a.periodEnd, a.attained, a.stage, authority, a.decisionNumber, a.decidedOn, a.note,
                a.createdAt, a.updatedAt);
    }

    static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
