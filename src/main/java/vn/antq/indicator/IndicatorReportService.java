package vn.antq.indicator;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import vn.antq.adminunit.AdminUnitKey;
import vn.antq.adminunit.AdminUnitService;
import vn.antq.adminunit.AreaAccess;
import vn.antq.adminunit.Level;
import vn.antq.indicator.IndicatorReportDtos.ReportFilter;
import vn.antq.indicator.IndicatorReportDtos.ReportRequest;
import vn.antq.indicator.IndicatorReportDtos.ReportSummary;
import vn.antq.indicator.IndicatorReportDtos.ReportView;
import vn.antq.indicator.IndicatorReportDtos.Reporter;
import vn.antq.indicator.IndicatorReportDtos.ValueRequest;
import vn.antq.indicator.IndicatorReportDtos.ValueView;
import vn.antq.organization.OrganizationLineage;
import vn.antq.organization.OrganizationRepository;
import vn.antq.organization.OrganizationService;
import vn.antq.document.DocumentService;
import vn.antq.record.RecordService;
import vn.antq.record.Versioned;
import vn.antq.shared.audit.Audited;
import vn.antq.shared.error.ApiProblem;
import vn.antq.shared.error.ProblemTypes;
import vn.antq.shared.error.Violations;
import vn.antq.shared.http.ETags;
import vn.antq.shared.paging.Page;
import vn.antq.shared.paging.PageRequest;
import vn.antq.shared.paging.SortKey;
import vn.antq.shared.security.Caller;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Periodic indicator reports and their way up: a draft is written and submitted by an editor of its
 * unit; an editor of the level above (an editor of the province for a district's or a commune's
 * report) or an admin accepts it or returns it with a reason, never the one who submitted it. Only
 * drafts and returned reports change; accepted reports are what the statistics add up.
 */
@ApplicationScoped
public class IndicatorReportService extends RecordService<IndicatorReport, ReportRequest, ReportView> {

    public static final String KIND = "indicator report";
    public static final String COLLECTION = "indicator-reports";

    public static final PageRequest.Sorts<ReportSummary> SORTS = new PageRequest.Sorts<>(
            List.of(new SortKey<>("createdAt", "e.createdAt", Instant.class, ReportSummary::createdAt),
                    new SortKey<>("updatedAt", "e.updatedAt", Instant.class, ReportSummary::updatedAt)),
            new SortKey<>("createdAt", "e.createdAt", Instant.class, ReportSummary::createdAt),
            new SortKey<>("id", "e.id", UUID.class, ReportSummary::id));

    @Inject
    DocumentService documents;

    @Inject
    OrganizationLineage lineage;
    @Inject
    IndicatorReportRepository reports;
    @Inject
    IndicatorRepository indicators;
    @Inject
    OrganizationService organizations;
    @Inject
    OrganizationRepository organizationRepository;
    @Inject
    AdminUnitService adminUnits;
    @Inject
    AreaAccess areas;
    @Inject
    Caller caller;

    public IndicatorReportService() {
        super(COLLECTION, KIND, IndicatorReport::new);
    }

    public Page<ReportSummary> list(ReportFilter filter, PageRequest<ReportSummary> page) {
        return reports.page(filter, lineage.organizations(filter.organization()), adminUnits.scope(filter.unit(), "unit"), page);
    }

    @Override
    protected PanacheRepositoryBase<IndicatorReport, UUID> repository() {
        return reports;
    }

    @Override
    protected void validate(ReportRequest request, IndicatorReport current, Violations violations) {
        documents.requireLive(request.documentIds(), "documentIds", violations);
        if (current != null && current.status != ReportStatus.draft && current.status != ReportStatus.returned) {
            throw ApiProblem.conflict("This report is " + current.status + ": only a draft or a returned report changes.");
        }
        check(request, "", violations);
    }

    /**
     * What checking reports needs from the database, read once for all of them (a bulk file's reports): the live
     * organizations they name and the catalogue's entries of the indicators they report, both locked until the
     * transaction ends.
     */
    record Lookups(Set<UUID> liveOrganizations, Map<String, Indicator> catalogue) {
    }

    Lookups lookups(Collection<ReportRequest> requests) {
        Set<UUID> named = requests.stream().map(ReportRequest::organizationId).filter(Objects::nonNull).collect(Collectors.toSet());
        Set<String> codes = requests.stream().filter(r -> r.values() != null).flatMap(r -> r.values().stream())
                .filter(Objects::nonNull).map(ValueRequest::indicator).filter(Objects::nonNull).collect(Collectors.toSet());
        Set<UUID> live = organizationRepository.lockLive(named).stream().map(o -> o.id).collect(Collectors.toSet());
        return new Lookups(live, indicators.lockByCode(codes));
    }

    /** The checks of one report request, its fields named after {@code prefix}. */
    void check(ReportRequest request, String prefix, Violations violations) {
        check(request, prefix, violations, lookups(List.of(request)));
    }

    /** The checks of one report request against what {@code lookups} read, its fields named after {@code prefix}. */
    void check(ReportRequest request, String prefix, Violations violations, Lookups lookups) {
        if (request.level() == Level.village) {
            violations.add(prefix + "level", "must be central, province, district or commune");
        }
        boolean period = request.fromYear() != null && request.toYear() != null;
        if (period && request.toYear() < request.fromYear()) {
            violations.add(prefix + "toYear", "must not be before fromYear");
            period = false;
        }
        if (period && request.level() != Level.village) {
            adminUnits.checkRecordUnit(request.level(), request.adminUnit(), LocalDate.of(request.fromYear(), 1, 1),
                    LocalDate.of(request.toYear(), 12, 31), prefix + "adminUnit", violations);
        }
        if (request.organizationId() != null && !lookups.liveOrganizations().contains(request.organizationId())) {
            violations.add(prefix + "organizationId", "no organization with id " + request.organizationId());
        }
        if (request.values() != null) {
            ReportRules.checkValues(request.values(), request.level(), request.fromYear(), request.toYear(),
                    lookups.catalogue(), prefix + "values", violations);
        }
    }

    /** Runs after validation and the area checks: one live report per unit, period and kind (409 naming it). */
    @Override
    protected void apply(IndicatorReport entity, ReportRequest request) {
        entity.documentIds = request.documentIds() == null ? new ArrayList<>() : new ArrayList<>(request.documentIds());
        AdminUnitKey unit = request.level() == Level.central ? null : request.adminUnit().key();
        List<UUID> other = reports.samePeriod(unit, request.fromYear(), request.toYear(), request.kind(), entity.id);
        if (!other.isEmpty()) {
            throw ApiProblem.conflict("This unit already has a live " + request.kind() + " report for "
                    + ReportRules.period(request.fromYear(), request.toYear()) + ": indicator report " + other.get(0) + ".");
        }
        fill(entity, request);
    }

    /** Writes the request into the report, once it is known to be the only live one of its unit, period and kind. */
    void fill(IndicatorReport entity, ReportRequest request) {
        AdminUnitKey unit = request.level() == Level.central ? null : request.adminUnit().key();
        entity.kind = request.kind();
        entity.level = request.level();
        entity.unit = unit;
        entity.organizationId = request.organizationId();
        entity.fromYear = request.fromYear();
        entity.toYear = request.toYear();
        entity.title = request.title().strip();
        entity.note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        if (entity.status == null) {
            entity.status = ReportStatus.draft;
        }
        entity.values.clear();
        for (ValueRequest v : request.values()) {
            entity.values.add(new ReportedValue(v.indicator(), v.value()));
        }
    }

    @Override
    protected ReportView toView(IndicatorReport r) {
        Map<String, Indicator> catalogue = indicators.byCode(r.values.stream().map(v -> v.indicatorCode).toList());
        Map<String, Long> byCode = new HashMap<>();
        r.values.forEach(v -> byCode.put(v.indicatorCode, v.value));
        List<ValueView> values = r.values.stream().map(v -> {
            Indicator indicator = catalogue.get(v.indicatorCode);
            String whole = indicator == null ? null : indicator.shareOf;
            Long wholeValue = whole == null ? null : byCode.get(whole);
            return new ValueView(v.indicatorCode, indicator == null ? null : indicator.nameVi, v.value, whole,
                    wholeValue == null ? null : Indicator.ratio(v.value, wholeValue));
        }).toList();
        String organizationName = organizations.names(List.of(r.organizationId)).get(r.organizationId);
        return new ReportView(r.id, r.kind, r.level, adminUnits.label(r.unit), new Reporter(r.organizationId, organizationName),
                r.fromYear, r.toYear, r.title, r.note, r.status, r.submittedBy, r.submittedAt, r.decidedBy, r.decidedAt,
                r.returnReason, values, List.copyOf(r.documentIds), r.createdAt, r.updatedAt, reports.reportingPeriodOf(r));
    }

    /** Sends a draft or a returned report up; by whoever may write it (an editor of its unit, or an admin). */
    @Transactional
    @Audited
    public Versioned<ReportView> submit(UUID id, Long expectedVersion) {
        IndicatorReport report = lock(id);
        areas.requireWrite(report.unit);
        ETags.check(expectedVersion, report.version);
        if (report.status != ReportStatus.draft && report.status != ReportStatus.returned) {
            throw ApiProblem.conflict("This report is " + report.status + ": only a draft or a returned report is submitted.");
        }
        report.status = ReportStatus.submitted;
        report.submittedBy = caller.subject();
        report.submittedAt = now();
        report.decidedBy = null;
        report.decidedAt = null;
        report.returnReason = null;
        return written(report);
    }

    @Transactional
    @Audited
    public Versioned<ReportView> accept(UUID id, Long expectedVersion) {
        IndicatorReport report = decidable(id, expectedVersion);
        report.status = ReportStatus.accepted;
        report.decidedBy = caller.subject();
        report.decidedAt = now();
        return written(report);
    }

    @Transactional
    @Audited
    public Versioned<ReportView> sendBack(UUID id, Long expectedVersion, String reason) {
        if (reason == null || reason.isBlank()) {
            throw ApiProblem.invalid("reason", "is required");
        }
        IndicatorReport report = decidable(id, expectedVersion);
        report.status = ReportStatus.returned;
        report.decidedBy = caller.subject();
        report.decidedAt = now();
        report.returnReason = reason.strip();
        return written(report);
    }

    /** An accepted report is part of the figures above it: it is returned first, never deleted as such. */
    @Override
    @Transactional
    @Audited
    public void delete(UUID id, Long expectedVersion) {
        IndicatorReport report = lock(id);
        areas.requireWrite(report.unit);
        ETags.check(expectedVersion, report.version);
        if (report.status == ReportStatus.accepted) {
            throw ApiProblem.conflict("This report is accepted: the level above returns it before it can be deleted.");
        }
        super.delete(id, expectedVersion);
    }

    /**
     * A submitted report, and a caller who may decide on it: an admin, or an editor of the 2025 province
     * of a district's or a commune's report; in either case not the one who submitted it.
     */
    private IndicatorReport decidable(UUID id, Long expectedVersion) {
        IndicatorReport report = lock(id);
        boolean provinceEditor = report.unitProvince != null && caller.areas().contains(report.unitProvince)
                && (report.level == Level.district || report.level == Level.commune);
        if (!caller.isAdmin() && !provinceEditor) {
            throw forbidden(report.level == Level.central || report.level == Level.province
                    ? "Reports of the " + report.level + " level are accepted or returned by an admin."
                    : "A " + report.level + "'s report is accepted or returned by an editor of its province ("
                      + report.unitProvince + ") or an admin.");
        }
        ETags.check(expectedVersion, report.version);
        if (report.status != ReportStatus.submitted) {
            throw ApiProblem.conflict("This report is " + report.status + ": only a submitted report is accepted or returned.");
        }
        if (caller.subject().equals(report.submittedBy)) {
            throw forbidden("The one who submitted a report does not accept or return it.");
        }
        return report;
    }

    private IndicatorReport lock(UUID id) {
        return reports.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).orElseThrow(() -> ApiProblem.notFound(kind(), id));
    }

    private Versioned<ReportView> written(IndicatorReport report) {
        report.touch();
        reports.flush();
        return new Versioned<>(toView(report), report.version);
    }

    private static ApiProblem forbidden(String detail) {
        return new ApiProblem(403, ProblemTypes.FORBIDDEN, "Forbidden", detail, null);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }


    /** The view shows the reporting organization by id and name; the replace body names it by id (merge patch). */
    @Override
    protected Map<String, String> referencesById() {
        return Map.of("organization", "organizationId");
    }
}
