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
import vn.antq.record.RecordService;
import vn.antq.reporting.ReportingDtos.TargetFilter;
import vn.antq.reporting.ReportingDtos.TargetRequest;
import vn.antq.reporting.ReportingDtos.TargetView;
import vn.antq.shared.error.ApiProblem;
import vn.antq.shared.error.Violations;
import vn.antq.shared.paging.Page;
import vn.antq.shared.paging.PageRequest;
import vn.antq.shared.paging.SortKey;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class TargetService extends RecordService<Target, TargetRequest, TargetView> {

    public static final String KIND = "target";
    public static final String COLLECTION = "targets";

    public static final PageRequest.Sorts<Target> SORTS = new PageRequest.Sorts<>(
            List.of(new SortKey<>("fromYear", "e.fromYear", Long.class, t -> (long) t.fromYear),
                    new SortKey<>("createdAt", "e.createdAt", Instant.class, t -> t.createdAt),
                    new SortKey<>("updatedAt", "e.updatedAt", Instant.class, t -> t.updatedAt)),
            new SortKey<>("createdAt", "e.createdAt", Instant.class, t -> t.createdAt),
            new SortKey<>("id", "e.id", UUID.class, t -> t.id));

    @Inject
    TargetRepository targets;
    @Inject
    IndicatorRepository indicators;
    @Inject
    DocumentService documents;
    @Inject
    AdminUnitService adminUnits;

    public TargetService() {
        super(COLLECTION, KIND, Target::new);
    }

    public Page<TargetView> list(TargetFilter filter, PageRequest<Target> page) {
        Page<Target> found = targets.page(filter, adminUnits.scope(filter.unit(), "unit"), page);
        return new Page<>(found.items().stream().map(this::toView).toList(), found.nextCursor());
    }

    @Override
    protected PanacheRepositoryBase<Target, UUID> repository() {
        return targets;
    }

    @Override
    protected void validate(TargetRequest request, Target current, Violations violations) {
        documents.requireLive(request.documentIds(), "documentIds", violations);
        boolean years = request.fromYear() != null && request.toYear() != null;
        if (years && request.toYear() < request.fromYear()) {
            violations.add("toYear", "must not be before fromYear");
            years = false;
        }
        if ((request.minimumValue() == null) == (request.minimumShare() == null)) {
            violations.add(request.minimumValue() == null ? "minimumValue" : "minimumShare",
                    "give exactly one of minimumValue and minimumShare");
        }
        if (request.minimumShare() != null && request.minimumShare().stripTrailingZeros().scale() > 4) {
            violations.add("minimumShare", "must have at most 4 decimal places (95.5 % is 0.955)");
        }
        AdminUnit unit = adminUnits.resolve(request.adminUnit(), "adminUnit", violations);
        if (unit != null && years) {
            adminUnits.checkEra(unit, LocalDate.of(request.fromYear(), 1, 1), LocalDate.of(request.toYear(), 12, 31),
                    "adminUnit", violations);
        }
        Indicator indicator = request.indicator() == null ? null : indicators.byCode(List.of(request.indicator())).get(request.indicator());
        if (request.indicator() != null && indicator == null) {
            violations.add("indicator", "no indicator " + request.indicator() + " in the catalogue");
        }
        if (indicator != null) {
            if (unit != null && !indicator.levels.contains(Level.valueOf(unit.level))) {
                violations.add("indicator", "is not reported at the " + unit.level + " level (only " + indicator.levels + ")");
            }
            if (years && !indicator.validDuring(request.fromYear(), request.toYear())) {
                violations.add("indicator", "is not valid during " + request.fromYear() + "-" + request.toYear());
            }
            if (request.minimumShare() != null && indicator.shareOf == null) {
                violations.add("minimumShare", "needs an indicator that is a share of another; " + indicator.code
                        + " is a share of none: give minimumValue");
            }
        }
        if (violations.isEmpty() && targets.taken(request.adminUnit().key(), request.indicator(), request.fromYear(),
                request.toYear(), current == null ? null : current.id)) {
            throw ApiProblem.conflict("The unit " + request.adminUnit().key() + " already has a live target for "
                    + request.indicator() + " in " + request.fromYear() + "-" + request.toYear() + ".");
        }
    }

    @Override
    protected void apply(Target t, TargetRequest request) {
        t.unit = request.adminUnit().key();
        t.indicator = request.indicator();
        t.fromYear = request.fromYear();
        t.toYear = request.toYear();
        t.minimumValue = request.minimumValue();
        t.minimumShare = request.minimumShare() == null ? null : request.minimumShare().setScale(4, java.math.RoundingMode.UNNECESSARY);
        t.note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        t.documentIds = request.documentIds() == null ? new ArrayList<>() : new ArrayList<>(request.documentIds());
    }

    @Override
    protected TargetView toView(Target t) {
        Indicator indicator = indicators.byCode(List.of(t.indicator)).get(t.indicator);
        BigDecimal share = t.minimumShare == null ? null : t.minimumShare.stripTrailingZeros();
        return new TargetView(t.id, adminUnits.label(t.unit), t.indicator, indicator == null ? null : indicator.nameVi,
                indicator == null ? null : indicator.shareOf, t.fromYear, t.toYear, t.minimumValue,
                share == null ? null : share.scale() < 0 ? share.setScale(0) : share, t.note, List.copyOf(t.documentIds),
                t.createdAt, t.updatedAt);
    }

    /** The targets of the units for the indicators that cover the years, the narrowest first (for the statistics). */
    public List<Target> covering(java.util.Collection<AdminUnitKey> units, java.util.Collection<String> codes, int fromYear, int toYear) {
        return targets.covering(units, codes, fromYear, toYear);
    }

    @Override
    protected Map<String, String> referencesById() {
        return Map.of();
    }
}
