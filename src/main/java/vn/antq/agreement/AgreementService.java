package vn.antq.agreement;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.antq.adminunit.AdminUnit;
import vn.antq.adminunit.AdminUnitService;
import vn.antq.agreement.AgreementDtos.AgreementFilter;
import vn.antq.agreement.AgreementDtos.AgreementRequest;
import vn.antq.agreement.AgreementDtos.AgreementSummary;
import vn.antq.agreement.AgreementDtos.AgreementView;
import vn.antq.agreement.AgreementDtos.PartyRequest;
import vn.antq.agreement.AgreementDtos.PartyView;
import vn.antq.organization.OrganizationLineage;
import vn.antq.organization.OrganizationService;
import vn.antq.organization.SuccessionDtos.SuccessionLink;
import vn.antq.program.ProgramService;
import vn.antq.document.DocumentService;
import vn.antq.record.RecordService;
import vn.antq.adminunit.AdminUnitDtos.AdminUnitLabel;
import vn.antq.adminunit.Level;
import vn.antq.review.Reviews;
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
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class AgreementService extends RecordService<CoordinationAgreement, AgreementRequest, AgreementView> {

    public static final String KIND = "coordination agreement";

    public static final PageRequest.Sorts<AgreementSummary> SORTS = new PageRequest.Sorts<>(
            List.of(new SortKey<>("signedOn", "e.signedOn", LocalDate.class, AgreementSummary::signedOn),
                    new SortKey<>("title", "e.title", String.class, AgreementSummary::title),
                    new SortKey<>("createdAt", "e.createdAt", Instant.class, AgreementSummary::createdAt),
                    new SortKey<>("updatedAt", "e.updatedAt", Instant.class, AgreementSummary::updatedAt)),
            new SortKey<>("signedOn", "e.signedOn", LocalDate.class, AgreementSummary::signedOn),
            new SortKey<>("id", "e.id", UUID.class, AgreementSummary::id));

    @Inject
    DocumentService documents;

    @Inject
    OrganizationLineage lineage;
    @Inject
    AgreementRepository agreements;
    @Inject
    OrganizationService organizations;
    @Inject
    ProgramService programs;
    @Inject
    AdminUnitService adminUnits;
    @Inject
    Reviews reviews;

    public AgreementService() {
        super("coordination-agreements", KIND, CoordinationAgreement::new);
    }

    public Page<AgreementSummary> list(AgreementFilter filter, PageRequest<AgreementSummary> page) {
        return agreements.page(filter, lineage.organizations(filter.organization()), adminUnits.scope(filter.unit(), "unit"), page);
    }

    @Override
    protected PanacheRepositoryBase<CoordinationAgreement, UUID> repository() {
        return agreements;
    }

    @Override
    protected void validate(AgreementRequest request, CoordinationAgreement current, Violations violations) {
        documents.requireLive(request.documentIds(), "documentIds", violations);
        if (request.validFrom() != null && request.validTo() != null && request.validTo().isBefore(request.validFrom())) {
            violations.add("validTo", "must not be before validFrom");
        }
        AdminUnit unit = adminUnits.resolve(request.adminUnit(), "adminUnit", violations);
        adminUnits.checkEra(unit, request.validFrom(), request.validTo(), "adminUnit", violations);
        programs.requireLive(request.programId(), "programId", violations);
        checkParties(request.parties(), violations);
        reviews.check(request.reviews(), violations);
    }

    /** Each organization takes part once, and somebody leads. */
    private void checkParties(List<PartyRequest> parties, Violations violations) {
        if (parties == null || parties.stream().anyMatch(Objects::isNull)) {
            return;
        }
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < parties.size(); i++) {
            UUID id = parties.get(i).organizationId();
            if (id != null && !seen.add(id)) {
                violations.add("parties[" + i + "].organizationId", "names an organization that is already a party");
            }
        }
        if (parties.stream().noneMatch(p -> p.role() == PartyRole.lead)) {
            violations.add("parties", "must include a party with the role lead");
        }
        organizations.requireLive(parties.stream().map(PartyRequest::organizationId).toList(),
                "parties[].organizationId", violations);
    }

    @Override
    protected void apply(CoordinationAgreement agreement, AgreementRequest request) {
        agreement.documentIds = request.documentIds() == null ? new ArrayList<>() : new ArrayList<>(request.documentIds());
        agreement.programId = request.programId();
        agreement.number = request.number().strip();
        agreement.title = request.title().strip();
        agreement.summary = request.summary();
        agreement.signedOn = request.signedOn();
        agreement.validFrom = request.validFrom();
        agreement.validTo = request.validTo();
        agreement.unit = request.adminUnit().key();
        agreement.status = request.status();
        // New collections are written afresh: simpler and safe when entries swap positions.
        agreement.parties = new ArrayList<>(request.parties().stream()
                .map(p -> new AgreementParty(p.organizationId(), p.role())).toList());
        if (agreement.id == null) {
            agreement.id = UUID.randomUUID();  // the reviews it is written with review it by id
        }
        AdminUnitLabel unit = adminUnits.label(agreement.unit);
        reviews.forwardOfAgreement(agreement.id, unit == null ? Level.central : Level.valueOf(unit.level()), agreement.unit,
                request.reviews());
    }

    @Override
    protected AgreementView toView(CoordinationAgreement a) {
        List<UUID> named = new ArrayList<>(a.parties.stream().map(p -> p.organizationId).toList());
        Map<UUID, String> names = organizations.names(named);
        Map<UUID, List<SuccessionLink>> successors = lineage.successorsOf(named);
        List<PartyView> parties = a.parties.stream()
                .map(p -> new PartyView(p.organizationId, names.get(p.organizationId), p.role,
                        successors.getOrDefault(p.organizationId, List.of()))).toList();
        return new AgreementView(a.id, a.programId, a.number, a.title, a.summary, a.signedOn, a.validFrom,
                a.validTo, adminUnits.label(a.unit), a.status, parties, reviews.ofAgreement(a.id),
                List.copyOf(a.documentIds), a.createdAt, a.updatedAt);
    }
}
