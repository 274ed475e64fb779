package vn.antq.review;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.antq.adminunit.AdminUnitService;
import vn.antq.adminunit.Level;
import vn.antq.organization.OrganizationLineage;
import vn.antq.organization.OrganizationService;
import vn.antq.document.DocumentService;
import vn.antq.record.RecordService;
import vn.antq.review.ReviewConferenceRepository.Referenced;
import vn.antq.review.ReviewDtos.ConferenceFilter;
import vn.antq.review.ReviewDtos.ConferenceRequest;
import vn.antq.review.ReviewDtos.ConferenceSummary;
import vn.antq.review.ReviewDtos.ConferenceView;
import vn.antq.review.ReviewDtos.FigureView;
import vn.antq.review.ReviewDtos.Host;
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

/** Review conferences as records: who held them where, how, what they reviewed, presented and awarded. */
@ApplicationScoped
public class ReviewConferenceService extends RecordService<ReviewConference, ConferenceRequest, ConferenceView> {

    public static final String KIND = "review conference";
    public static final String COLLECTION = "review-conferences";

    public static final PageRequest.Sorts<ConferenceSummary> SORTS = new PageRequest.Sorts<>(
            List.of(new SortKey<>("heldOn", "e.heldOn", LocalDate.class, ConferenceSummary::heldOn),
                    new SortKey<>("createdAt", "e.createdAt", Instant.class, ConferenceSummary::createdAt),
                    new SortKey<>("updatedAt", "e.updatedAt", Instant.class, ConferenceSummary::updatedAt)),
            new SortKey<>("heldOn", "e.heldOn", LocalDate.class, ConferenceSummary::heldOn),
            new SortKey<>("id", "e.id", UUID.class, ConferenceSummary::id));

    @Inject
    DocumentService documents;

    @Inject
    OrganizationLineage lineage;
    @Inject
    ReviewConferenceRepository conferences;
    @Inject
    OrganizationService organizations;
    @Inject
    AdminUnitService adminUnits;

    public ReviewConferenceService() {
        super(COLLECTION, KIND, ReviewConference::new);
    }

    public Page<ConferenceSummary> list(ConferenceFilter filter, PageRequest<ConferenceSummary> page) {
        return conferences.page(filter, lineage.organizations(filter.organization()), adminUnits.scope(filter.unit(), "unit"), page);
    }

    @Override
    protected PanacheRepositoryBase<ReviewConference, UUID> repository() {
        return conferences;
    }

    @Override
    protected Map<String, String> referencesById() {
        return Map.of("hosts", "hostIds");
    }

    @Override
    protected void validate(ConferenceRequest request, ReviewConference current, Violations violations) {
        documents.requireLive(request.documentIds(), "documentIds", violations);
        if (request.level() == Level.village) {
            violations.add("level", "must be central, province, district or commune");
        } else if (request.heldOn() != null) {
            adminUnits.checkRecordUnit(request.level(), request.adminUnit(), request.heldOn(), request.heldOn(),
                    "adminUnit", violations);
        }
        if (request.bridgePoints() != null && request.format() == ReviewFormat.in_person) {
            violations.add("bridgePoints", "only an online conference or one held both ways has bridge points");
        }
        if (request.toYear() != null && request.fromYear() == null) {
            violations.add("fromYear", "is required with toYear");
        }
        if (request.fromYear() != null && request.toYear() != null && request.toYear() < request.fromYear()) {
            violations.add("toYear", "must not be before fromYear");
        }
        if (request.fromYear() != null && request.heldOn() != null && request.heldOn().getYear() < request.fromYear()) {
            violations.add("heldOn", "must not be before the reviewed period (fromYear)");
        }
        if (request.hostIds() != null) {
            if (new HashSet<>(request.hostIds()).size() < request.hostIds().size()) {
                violations.add("hostIds", "must not name an organization twice");
            }
            organizations.requireLive(request.hostIds(), "hostIds[]", violations);
        }
        requireLive(Referenced.PROGRAM, request.programId(), "programId", "program", violations);
        requireLive(Referenced.AGREEMENT, request.agreementId(), "agreementId", "coordination agreement", violations);
        requireLive(Referenced.INDICATOR_REPORT, request.indicatorReportId(), "indicatorReportId", "indicator report", violations);
        if (request.awardIds() != null) {
            if (new HashSet<>(request.awardIds()).size() < request.awardIds().size()) {
                violations.add("awardIds", "must not name an award decision twice");
            }
            Set<UUID> live = conferences.lockLive(Referenced.AWARD,
                    request.awardIds().stream().filter(Objects::nonNull).toList());
            for (int i = 0; i < request.awardIds().size(); i++) {
                UUID id = request.awardIds().get(i);
                if (id != null && !live.contains(id)) {
                    violations.add("awardIds[" + i + "]", "no award decision with id " + id);
                }
            }
        }
    }

    private void requireLive(Referenced kind, UUID id, String field, String named, Violations violations) {
        if (id != null && conferences.lockLive(kind, List.of(id)).isEmpty()) {
            violations.add(field, "no " + named + " with id " + id);
        }
    }

    @Override
    protected void apply(ReviewConference conference, ConferenceRequest request) {
        conference.documentIds = request.documentIds() == null ? new ArrayList<>() : new ArrayList<>(request.documentIds());
        conference.kind = request.kind();
        conference.heldOn = request.heldOn();
        conference.level = request.level();
        conference.unit = request.level() == Level.central || request.adminUnit() == null ? null : request.adminUnit().key();
        conference.title = request.title().strip();
        conference.format = request.format();
        conference.bridgePoints = request.bridgePoints();
        conference.programId = request.programId();
        conference.agreementId = request.agreementId();
        conference.fromYear = request.fromYear();
        conference.toYear = request.toYear();
        conference.festivalYear = request.festivalYear();
        conference.indicatorReportId = request.indicatorReportId();
        conference.leaders = request.leaders() == null ? new ArrayList<>()
                : new ArrayList<>(request.leaders().stream().map(String::strip).toList());
        conference.summary = request.summary() == null || request.summary().isBlank() ? null : request.summary().strip();
        conference.figures = request.figures() == null ? new ArrayList<>() : new ArrayList<>(request.figures().stream()
                .map(f -> new ReviewConference.ReportedFigure(f.name(), f.value(), f.unit())).toList());
        // New collections are written afresh: simpler and safe when entries swap positions.
        conference.hostIds = request.hostIds() == null ? new ArrayList<>() : new ArrayList<>(request.hostIds());
        conference.awardIds = request.awardIds() == null ? new ArrayList<>() : new ArrayList<>(request.awardIds());
    }

    @Override
    protected ConferenceView toView(ReviewConference c) {
        Map<UUID, String> names = organizations.names(c.hostIds);
        return new ConferenceView(c.id, c.kind, c.heldOn, c.level, adminUnits.label(c.unit), c.title,
                c.hostIds.stream().map(id -> new Host(id, names.get(id))).toList(), c.format, c.bridgePoints,
                c.programId, c.agreementId, c.fromYear, c.toYear, c.festivalYear, List.copyOf(c.leaders),
                c.indicatorReportId, List.copyOf(c.awardIds), c.summary, figures(c), List.copyOf(c.documentIds), c.createdAt, c.updatedAt);
    }

    static List<FigureView> figures(ReviewConference c) {
        return c.figures == null ? List.of()
                : c.figures.stream().map(f -> new FigureView(f.name(), f.value(), f.unit())).toList();
    }
}
