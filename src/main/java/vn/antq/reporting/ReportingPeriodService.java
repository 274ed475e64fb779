package vn.antq.reporting;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.antq.adminunit.AdminUnit;
import vn.antq.adminunit.AdminUnitKey;
import vn.antq.adminunit.AdminUnitService;
import vn.antq.adminunit.Level;
import vn.antq.document.DocumentService;
import vn.antq.indicator.Indicator;
import vn.antq.indicator.IndicatorRepository;
import vn.antq.organization.OrganizationService;
import vn.antq.record.RecordService;
import vn.antq.reporting.ReportingDtos.Issuer;
import vn.antq.reporting.ReportingDtos.PeriodFilter;
import vn.antq.reporting.ReportingDtos.PeriodRequest;
import vn.antq.reporting.ReportingDtos.PeriodSummary;
import vn.antq.reporting.ReportingDtos.PeriodView;
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
public class ReportingPeriodService extends RecordService<ReportingPeriod, PeriodRequest, PeriodView> {

    public static final String KIND = "reporting period";
    public static final String COLLECTION = "reporting-periods";

    public static final PageRequest.Sorts<PeriodSummary> SORTS = new PageRequest.Sorts<>(
            List.of(new SortKey<>("dueOn", "e.dueOn", LocalDate.class, PeriodSummary::dueOn),
                    new SortKey<>("opensOn", "e.opensOn", LocalDate.class, PeriodSummary::opensOn),
                    new SortKey<>("title", "e.title", String.class, PeriodSummary::title),
                    new SortKey<>("createdAt", "e.createdAt", Instant.class, PeriodSummary::createdAt),
                    new SortKey<>("updatedAt", "e.updatedAt", Instant.class, PeriodSummary::updatedAt)),
            new SortKey<>("dueOn", "e.dueOn", LocalDate.class, PeriodSummary::dueOn),
            new SortKey<>("id", "e.id", UUID.class, PeriodSummary::id));

    @Inject
    ReportingPeriodRepository periods;
    @Inject
    OrganizationService organizations;
    @Inject
    DocumentService documents;
    @Inject
    IndicatorRepository indicators;
    @Inject
    AdminUnitService adminUnits;

    public ReportingPeriodService() {
        super(COLLECTION, KIND, ReportingPeriod::new);
    }

    public Page<PeriodSummary> list(PeriodFilter filter, PageRequest<PeriodSummary> page) {
        return periods.page(filter, adminUnits.scope(filter.unit(), "unit"), page);
    }

    @Override
    protected PanacheRepositoryBase<ReportingPeriod, UUID> repository() {
        return periods;
    }

    /** The live period, 404 when there is none. */
    public ReportingPeriod period(UUID id) {
        return require(id);
    }

    @Override
    protected void validate(PeriodRequest request, ReportingPeriod current, Violations violations) {
        documents.requireLive(request.documentIds(), "documentIds", violations);
        if (request.organizationId() != null) {
            organizations.requireLive(List.of(request.organizationId()), "organizationId", violations);
        }
        Level level = request.level();
        if (level == Level.central || level == Level.village) {
            violations.add("level", "must be province, district or commune: the level of the units that must report");
            level = null;
        }
        boolean years = request.fromYear() != null && request.toYear() != null;
        if (years && request.toYear() < request.fromYear()) {
            violations.add("toYear", "must not be before fromYear");
            years = false;
        }
        if (request.opensOn() != null && request.dueOn() != null && request.dueOn().isBefore(request.opensOn())) {
            violations.add("dueOn", "must not be before opensOn");
        }
        String era = request.era();
        if (era != null && years) {
            if (AdminUnitKey.LEGACY.equals(era) && request.fromYear() > 2025) {
                violations.add("era", "legacy units ceased on 1 July 2025: a period of " + request.fromYear() + " names the 2025 era");
            }
            if (AdminUnitKey.ERA_2025.equals(era) && request.toYear() < 2025) {
                violations.add("era", "2025 units exist from 1 July 2025: a period ending in " + request.toYear() + " names the legacy era");
            }
        }
        if (level == Level.district && AdminUnitKey.ERA_2025.equals(era)) {
            violations.add("level", "the 2025 era has no districts: province or commune");
            level = null;
        }
        checkScope(request, level, era, violations);
        checkIndicators(request.indicators(), level, years ? request.fromYear() : null, years ? request.toYear() : null, violations);
    }

    /** The scope: the whole country (provinces report) or a unit of the era, one level above the units that report. */
    private void checkScope(PeriodRequest request, Level level, String era, Violations violations) {
        if (level == null || era == null || request.adminUnit() == null && level == Level.province) {
            return;
        }
        if (request.adminUnit() == null) {
            violations.add("adminUnit", "is required when " + level + "s report: the unit whose " + level + "s must report");
            return;
        }
        if (level == Level.province) {
            violations.add("adminUnit", "must be absent when provinces report: they report to the whole country");
            return;
        }
        AdminUnit unit = adminUnits.resolve(request.adminUnit(), "adminUnit", violations);
        if (unit == null) {
            return;
        }
        if (!unit.id.era().equals(era)) {
            violations.add("adminUnit", "must be a unit of the " + era + " era, like the units that report");
            return;
        }
        String expected = level == Level.district ? "province" : AdminUnitKey.LEGACY.equals(era) ? "district" : "province";
        if (!unit.level.equals(expected)) {
            violations.add("adminUnit", "must be a " + expected + " when " + level + "s of the " + era + " era report, not a " + unit.level);
            return;
        }
        if (request.fromYear() != null && request.toYear() != null && request.toYear() >= request.fromYear()) {
            adminUnits.checkEra(unit, LocalDate.of(request.fromYear(), 1, 1), LocalDate.of(request.toYear(), 12, 31),
                    "adminUnit", violations);
        }
    }

    private void checkIndicators(List<String> codes, Level level, Integer fromYear, Integer toYear, Violations violations) {
        if (codes == null) {
            return;
        }
        Map<String, Indicator> catalogue = indicators.byCode(codes.stream().filter(c -> c != null).toList());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            if (code == null) {
                continue;
            }
            String field = "indicators[" + i + "]";
            Indicator indicator = catalogue.get(code);
            if (indicator == null) {
                violations.add(field, "no indicator " + code + " in the catalogue");
            } else if (!seen.add(code)) {
                violations.add(field, "is named twice");
            } else {
                if (level != null && !indicator.levels.contains(level)) {
                    violations.add(field, "is not reported at the " + level + " level (only " + indicator.levels + ")");
                }
                if (fromYear != null && !indicator.validDuring(fromYear, toYear)) {
                    violations.add(field, "is not valid during " + (fromYear.equals(toYear) ? fromYear : fromYear + "-" + toYear));
                }
            }
        }
    }

    @Override
    protected void apply(ReportingPeriod p, PeriodRequest request) {
        p.title = request.title().strip();
        p.organizationId = request.organizationId();
        p.kind = request.kind();
        p.fromYear = request.fromYear();
        p.toYear = request.toYear();
        p.level = request.level();
        p.era = request.era();
        p.unit = request.adminUnit() == null ? null : request.adminUnit().key();
        p.indicators = new ArrayList<>(request.indicators());
        p.opensOn = request.opensOn();
        p.dueOn = request.dueOn();
        p.note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        p.documentIds = request.documentIds() == null ? new ArrayList<>() : new ArrayList<>(request.documentIds());
    }

    @Override
    protected PeriodView toView(ReportingPeriod p) {
        String name = organizations.names(List.of(p.organizationId)).get(p.organizationId);
        return new PeriodView(p.id, p.title, new Issuer(p.organizationId, name), p.kind, p.fromYear, p.toYear, p.level,
                p.era, adminUnits.label(p.unit), List.copyOf(p.indicators), p.opensOn, p.dueOn, p.note,
                List.copyOf(p.documentIds), p.createdAt, p.updatedAt);
    }

    /** The view shows the issuing organization by id and name; the replace body names it by id (merge patch). */
    @Override
    protected Map<String, String> referencesById() {
        return Map.of("organization", "organizationId");
    }
}
