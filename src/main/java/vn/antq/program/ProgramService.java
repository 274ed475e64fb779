package vn.antq.program;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.antq.adminunit.AdminUnitService;
import vn.antq.adminunit.Level;
import vn.antq.organization.OrganizationLineage;
import vn.antq.organization.OrganizationService;
import vn.antq.program.ProgramDtos.ProgramFilter;
import vn.antq.program.ProgramDtos.ProgramRequest;
import vn.antq.program.ProgramDtos.ProgramSummary;
import vn.antq.program.ProgramDtos.ProgramView;
import vn.antq.program.ProgramDtos.Signatory;
import vn.antq.document.DocumentService;
import vn.antq.record.RecordService;
import vn.antq.review.Reviews;
import vn.antq.shared.error.ApiProblem;
import vn.antq.shared.error.Violations;
import vn.antq.shared.paging.Page;
import vn.antq.shared.paging.PageRequest;
import vn.antq.shared.paging.SortKey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class ProgramService extends RecordService<Program, ProgramRequest, ProgramView> {

    public static final String KIND = "program";

    public static final PageRequest.Sorts<ProgramSummary> SORTS = new PageRequest.Sorts<>(
            List.of(new SortKey<>("signedOn", "e.signedOn", LocalDate.class, ProgramSummary::signedOn),
                    new SortKey<>("code", "e.code", String.class, ProgramSummary::code),
                    new SortKey<>("title", "e.title", String.class, ProgramSummary::title),
                    new SortKey<>("createdAt", "e.createdAt", Instant.class, ProgramSummary::createdAt),
                    new SortKey<>("updatedAt", "e.updatedAt", Instant.class, ProgramSummary::updatedAt)),
            new SortKey<>("signedOn", "e.signedOn", LocalDate.class, ProgramSummary::signedOn),
            new SortKey<>("id", "e.id", UUID.class, ProgramSummary::id));

    @Inject
    DocumentService documents;

    @Inject
    OrganizationLineage lineage;
    @Inject
    ProgramRepository programs;
    @Inject
    OrganizationService organizations;
    @Inject
    AdminUnitService adminUnits;
    @Inject
    Reviews reviews;

    public ProgramService() {
        super("programs", KIND, Program::new);
    }

    public Page<ProgramSummary> list(ProgramFilter filter, PageRequest<ProgramSummary> page) {
        return programs.page(filter, lineage.organizations(filter.organization()), adminUnits.scope(filter.unit(), "unit"), page);
    }

    /** Checks that a program exists and is live, locking it against deletion until the transaction ends. */
    public void requireLive(UUID id, String field, Violations violations) {
        if (id != null && programs.lockLive(id).isEmpty()) {
            violations.add(field, "no program with id " + id);
        }
    }

    @Override
    protected Map<String, String> referencesById() {
        return Map.of("signatories", "signatoryIds");
    }

    @Override
    protected PanacheRepositoryBase<Program, UUID> repository() {
        return programs;
    }

    @Override
    protected void validate(ProgramRequest request, Program current, Violations violations) {
        documents.requireLive(request.documentIds(), "documentIds", violations);
        if (request.level() == Level.village) {
            violations.add("level", "must be central, province, district or commune");
        }
        if (request.periodStart() != null && request.periodEnd() != null && request.periodEnd().isBefore(request.periodStart())) {
            violations.add("periodEnd", "must not be before periodStart");
        }
        if (request.level() != Level.village) {
            adminUnits.checkRecordUnit(request.level(), request.adminUnit(), request.periodStart(), request.periodEnd(),
                    "adminUnit", violations);
        }
        checkParent(request, current, violations);
        if (request.signatoryIds() != null) {
            if (new HashSet<>(request.signatoryIds()).size() < request.signatoryIds().size()) {
                violations.add("signatoryIds", "must not name an organization twice");
            }
            organizations.requireLive(request.signatoryIds(), "signatoryIds[]", violations);
        }
        reviews.check(request.reviews(), violations);
        // A taken code is a conflict, reported once the request is otherwise valid.
        if (violations.isEmpty() && programs.codeTaken(request.code().strip(), current == null ? null : current.id)) {
            throw ApiProblem.conflict("A program with code " + request.code().strip() + " already exists.");
        }
    }

    /** A local program implements a program of a higher level; the chain never loops back. */
    private void checkParent(ProgramRequest request, Program current, Violations violations) {
        UUID parentId = request.parentId();
        if (parentId == null) {
            return;
        }
        if (current != null && parentId.equals(current.id)) {
            violations.add("parentId", "must not be the program itself");
            return;
        }
        Program parent = programs.lockLive(parentId).orElse(null);
        if (parent == null) {
            violations.add("parentId", "no program with id " + parentId);
            return;
        }
        if (request.level() != null && parent.level.ordinal() >= request.level().ordinal()) {
            violations.add("parentId", "must be a program of a higher level than " + request.level());
        }
        Set<UUID> seen = new HashSet<>();
        for (Program p = parent; p != null && seen.add(p.id); p = p.parentId == null ? null : programs.findById(p.parentId)) {
            if (current != null && p.id.equals(current.id)) {
                violations.add("parentId", "would make the program its own ancestor");
                return;
            }
        }
    }

    @Override
    protected void apply(Program program, ProgramRequest request) {
        program.documentIds = request.documentIds() == null ? new ArrayList<>() : new ArrayList<>(request.documentIds());
        program.code = request.code().strip();
        program.title = request.title().strip();
        program.summary = request.summary();
        program.level = request.level();
        program.status = request.status();
        program.signedOn = request.signedOn();
        program.periodStart = request.periodStart();
        program.periodEnd = request.periodEnd();
        program.parentId = request.parentId();
        program.unit = request.adminUnit() == null ? null : request.adminUnit().key();
        // New collections are written afresh: simpler and safe when entries swap positions.
        program.signatoryIds = new ArrayList<>(request.signatoryIds());
        if (program.id == null) {
            program.id = UUID.randomUUID();  // the reviews it is written with review it by id
        }
        reviews.forwardOfProgram(program.id, program.level, program.unit, request.reviews());
    }

    @Override
    protected ProgramView toView(Program p) {
        List<UUID> named = new ArrayList<>(p.signatoryIds);
        Map<UUID, String> names = organizations.names(named);
        List<Signatory> signatories = p.signatoryIds.stream().map(id -> new Signatory(id, names.get(id))).toList();
        return new ProgramView(p.id, p.code, p.title, p.summary, p.level, p.status, p.signedOn,
                p.periodStart, p.periodEnd, p.parentId, adminUnits.label(p.unit), signatories,
                reviews.ofProgram(p.id), List.copyOf(p.documentIds), p.createdAt, p.updatedAt);
    }
}
