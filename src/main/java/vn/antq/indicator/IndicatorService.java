package vn.antq.indicator;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.antq.adminunit.Level;
import vn.antq.indicator.IndicatorDtos.IndicatorFilter;
import vn.antq.indicator.IndicatorDtos.IndicatorRequest;
import vn.antq.indicator.IndicatorDtos.IndicatorSummary;
import vn.antq.indicator.IndicatorDtos.IndicatorView;
import vn.antq.record.RecordService;
import vn.antq.shared.error.ApiProblem;
import vn.antq.shared.error.Violations;
import vn.antq.shared.paging.Page;
import vn.antq.shared.paging.PageRequest;
import vn.antq.shared.paging.SortKey;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The indicator catalogue. Indicators belong to no administrative unit, so only admins write them
 * (the record life cycle's rule for records of no unit). A code is stable: reports name indicators by it.
 */
@ApplicationScoped
public class IndicatorService extends RecordService<Indicator, IndicatorRequest, IndicatorView> {

    public static final String KIND = "indicator";
    public static final String COLLECTION = "indicators";

    public static final PageRequest.Sorts<Indicator> SORTS = new PageRequest.Sorts<>(
            List.of(new SortKey<>("code", "e.code", String.class, i -> i.code),
                    new SortKey<>("createdAt", "e.createdAt", Instant.class, i -> i.createdAt)),
            new SortKey<>("code", "e.code", String.class, i -> i.code),
            new SortKey<>("id", "e.id", UUID.class, i -> i.id));

    @Inject
    IndicatorRepository indicators;

    public IndicatorService() {
        super(COLLECTION, KIND, Indicator::new);
    }

    public Page<IndicatorSummary> list(IndicatorFilter filter, PageRequest<Indicator> page) {
        Page<Indicator> found = indicators.page(filter, page);
        return new Page<>(found.items().stream().map(IndicatorSummary::of).toList(), found.nextCursor());
    }

    @Override
    protected PanacheRepositoryBase<Indicator, UUID> repository() {
        return indicators;
    }

    @Override
    protected void validate(IndicatorRequest request, Indicator current, Violations violations) {
        if (current != null && request.code() != null && !request.code().equals(current.code)) {
            violations.add("code", "cannot change: reports name the indicator by it (retire it with validTo and add a new one)");
        }
        if (request.levels() != null) {
            Set<Level> seen = new HashSet<>();
            for (int i = 0; i < request.levels().size(); i++) {
                Level level = request.levels().get(i);
                if (level == Level.village) {
                    violations.add("levels[" + i + "]", "must be central, province, district or commune");
                } else if (level != null && !seen.add(level)) {
                    violations.add("levels[" + i + "]", "is named twice");
                }
            }
        }
        if (request.validFrom() != null && request.validTo() != null && request.validTo().isBefore(request.validFrom())) {
            violations.add("validTo", "must not be before validFrom");
        }
        if (request.shareOf() != null) {
            if (request.shareOf().equals(request.code())) {
                violations.add("shareOf", "must name another indicator");
            } else {
                Indicator whole = indicators.byCode(List.of(request.shareOf())).get(request.shareOf());
                if (whole == null) {
                    violations.add("shareOf", "no indicator " + request.shareOf());
                } else if (whole.shareOf != null) {
                    violations.add("shareOf", "must name a whole, not an indicator that is itself a share of " + whole.shareOf);
                } else if (request.kind() != null && whole.kind != request.kind()) {
                    violations.add("shareOf", "must name an indicator of the same kind (" + whole.kind + ")");
                }
            }
        }
        if (current != null && current.shareOf == null && request.shareOf() != null && !indicators.partsOf(current.code).isEmpty()) {
            violations.add("shareOf", "must be absent: other indicators are shares of this one");
        }
    }

    /** Runs after validation: a code names one live indicator (409 naming the other). */
    @Override
    protected void apply(Indicator entity, IndicatorRequest request) {
        Indicator other = indicators.byCode(List.of(request.code())).get(request.code());
        if (other != null && !other.id.equals(entity.id)) {
            throw ApiProblem.conflict("The code " + request.code() + " is already used by indicator " + other.id + ".");
        }
        entity.code = request.code();
        entity.nameVi = request.nameVi().strip();
        entity.nameEn = request.nameEn().strip();
        entity.counts = request.counts().strip();
        entity.kind = request.kind();
        entity.shareOf = request.shareOf();
        entity.levels = List.copyOf(request.levels());
        entity.validFrom = request.validFrom();
        entity.validTo = request.validTo();
        entity.recordFigure = request.recordFigure();
    }

    @Override
    protected IndicatorView toView(Indicator i) {
        return new IndicatorView(i.id, i.code, i.nameVi, i.nameEn, i.counts, i.kind, i.shareOf, i.aggregation,
                List.copyOf(i.levels), i.validFrom, i.validTo, i.recordFigure, i.createdAt, i.updatedAt);
    }
}
