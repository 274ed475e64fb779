package vn.antq.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import vn.antq.adminunit.AdminUnitDtos.AdminUnitLabel;
import vn.antq.adminunit.AdminUnitKey;
import vn.antq.indicator.Indicator;
import vn.antq.indicator.IndicatorReportRepository;
import vn.antq.indicator.IndicatorRepository;
import vn.antq.indicator.RecordFigure;
import vn.antq.reporting.Target;
import vn.antq.reporting.TargetService;
import vn.antq.review.ReviewKind;
import vn.antq.adminunit.AdminUnits;
import vn.antq.adminunit.Structure;
import vn.antq.adminunit.UnitCatalog;
import vn.antq.adminunit.UnitScope;
import vn.antq.statistics.IndicatorStatisticsDtos.Coverage;
import vn.antq.statistics.IndicatorStatisticsDtos.Figure;
import vn.antq.statistics.IndicatorStatisticsDtos.Report;
import vn.antq.statistics.IndicatorStatisticsDtos.Row;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Adds up the accepted indicator reports of a period for a unit, one level down, in either structure.
 * A report counts where its level is: the scope's own reports in section {@code unit}, the reports of
 * the level one down in {@code total} and {@code area}, so that a province's own figure and its
 * districts' figures are never added together. Only reports of exactly the period asked for count (a
 * 10-year review is not the sum of ten annual reports). Ratios are recomputed from the sums; beside
 * each indicator the registry also keeps records of, the figure compiled from those records.
 */
@ApplicationScoped
public class IndicatorStatisticsService {

    private static final Map<String, Statistic> RECORD_STATISTICS = Map.of(
            Statistic.SAFETY.name(), Statistic.SAFETY, Statistic.MODELS.name(), Statistic.MODELS,
            Statistic.AWARDS.name(), Statistic.AWARDS, Statistic.FESTIVALS.name(), Statistic.FESTIVALS);

    @Inject
    IndicatorReportRepository reports;
    @Inject
    IndicatorRepository indicators;
    @Inject
    StatisticsService statistics;
    @Inject
    UnitCatalog units;
    @Inject
    EntityManager em;
    @Inject
    TargetService targets;

    /** Where reports count, for a scope: its own level and the level one down (null when there is none). */
    private record Scope(AdminUnits.Unit unit, String childLevel, UnitScope.Predicate within) {
    }

    /** A figure of an accepted report, placed: in the scope's own row, or under a child (its key). */
    private record Placed(boolean own, AdminUnitKey child, String reportId, String indicator, long value) {
    }

    public Report compile(Structure structure, AdminUnitKey unitKey, int fromYear, int toYear, ReviewKind kind) {
        Scope scope = scope(structure, unitKey);
        List<Placed> placed = new ArrayList<>();
        for (Object[] r : reports.acceptedFigures(fromYear, toYear, kind, scope.within())) {
            Placed p = place(structure, scope, r);
            if (p != null) {
                placed.add(p);
            }
        }
        Set<String> codes = new HashSet<>();
        placed.forEach(p -> codes.add(p.indicator()));
        Map<String, Indicator> catalogue = indicators.byCode(codes);
        Map<String, StatisticsDtos.Report> records = recordStatistics(catalogue.values(), structure, unitKey, fromYear, toYear);

        Set<AdminUnitKey> targetUnits = new HashSet<>();
        if (scope.unit() != null) {
            targetUnits.add(scope.unit().key());
        }
        placed.stream().filter(p -> !p.own()).forEach(p -> targetUnits.add(p.child()));
        Map<String, Target> set = new HashMap<>();
        for (Target t : targets.covering(targetUnits, codes, fromYear, toYear)) {
            set.putIfAbsent(t.unit.era() + ":" + t.unit.code() + "|" + t.indicator, t);  // the narrowest span first
        }

        List<Row> rows = new ArrayList<>();
        List<Placed> own = placed.stream().filter(Placed::own).toList();
        rows.add(row("unit", scope.unit() == null ? null : label(scope.unit()), own, catalogue, records, null, toYear,
                scope.unit() == null ? Map.of() : targetsOf(set, scope.unit().key())));
        Map<AdminUnitKey, List<Placed>> byChild = new TreeMap<>((a, b) -> a.code().compareTo(b.code()));
        List<Placed> children = placed.stream().filter(p -> !p.own()).toList();
        children.forEach(p -> byChild.computeIfAbsent(p.child(), k -> new ArrayList<>()).add(p));
        Coverage coverage = null;
        if (scope.childLevel() != null) {
            rows.add(row("total", null, children, catalogue, records, null, toYear, Map.of()));
            for (var entry : byChild.entrySet()) {
                AdminUnits.Unit child = units.get(entry.getKey());
                AdminUnitLabel area = child == null ? new AdminUnitLabel(entry.getKey().era(), entry.getKey().code(), null, null)
                        : label(child);
                rows.add(row("area", area, entry.getValue(), catalogue, records, entry.getKey().code(), toYear,
                        targetsOf(set, entry.getKey())));
            }
            int total = childUnits(structure, scope, fromYear, toYear);
            coverage = new Coverage(scope.childLevel(), total, byChild.size(), Indicator.ratio(byChild.size(), total));
        }
        return new Report(structure.wire(), scope.unit() == null ? null : label(scope.unit()), fromYear, toYear,
                kind == null ? null : kind.toString(), coverage, rows);
    }

    /** The targets of one unit, by indicator code. */
    private static Map<String, Target> targetsOf(Map<String, Target> set, AdminUnitKey unit) {
        Map<String, Target> found = new HashMap<>();
        String prefix = unit.era() + ":" + unit.code() + "|";
        set.forEach((key, target) -> {
            if (key.startsWith(prefix)) {
                found.put(target.indicator, target);
            }
        });
        return found;
    }

    /**
     * Whether the figure reaches the target: the reported value is at least the minimum value, or at least the
     * minimum share of its whole (null when the whole is not reported or is zero).
     */
    static Boolean met(Target target, long reported, Long whole) {
        if (target.minimumValue != null) {
            return reported >= target.minimumValue;
        }
        if (whole == null || whole == 0) {
            return null;
        }
        return java.math.BigDecimal.valueOf(reported).compareTo(target.minimumShare.multiply(java.math.BigDecimal.valueOf(whole))) >= 0;
    }

    private Row row(String section, AdminUnitLabel area, List<Placed> figures, Map<String, Indicator> catalogue,
                    Map<String, StatisticsDtos.Report> records, String childCode, int toYear, Map<String, Target> unitTargets) {
        Map<String, Long> sums = new LinkedHashMap<>();
        Set<String> reportIds = new HashSet<>();
        for (Placed p : figures) {
            sums.merge(p.indicator(), p.value(), Long::sum);
            reportIds.add(p.reportId());
        }
        List<Figure> out = new ArrayList<>();
        for (String code : sums.keySet().stream().sorted().toList()) {
            Indicator indicator = catalogue.get(code);
            long reported = sums.get(code);
            String whole = indicator == null ? null : indicator.shareOf;
            Long wholeValue = whole == null ? null : sums.get(whole);
            Long recorded = null;
            if (indicator != null && indicator.recordFigure != null) {
                recorded = recorded(records.get(indicator.recordFigure.statistic), indicator.recordFigure, section, childCode, toYear);
            }
            Target target = unitTargets.get(code);
            out.add(new Figure(code, indicator == null ? null : indicator.nameVi, reported, whole,
                    wholeValue == null ? null : Indicator.ratio(reported, wholeValue), recorded,
                    recorded == null ? null : reported - recorded,
                    target == null ? null : new IndicatorStatisticsDtos.TargetRef(target.id, target.fromYear, target.toYear,
                            target.minimumValue, target.minimumShare == null ? null : target.minimumShare.stripTrailingZeros()),
                    target == null ? null : met(target, reported, wholeValue)));
        }
        return new Row(section, area, reportIds.size(), out);
    }

    /**
     * The figure a record statistic gives for the row: its total for the scope (for a stock, its last
     * year), or the area's line for a child; 0 when no record counts.
     */
    private static Long recorded(StatisticsDtos.Report report, RecordFigure figure, String section, String childCode, int toYear) {
        if (report == null) {
            return null;
        }
        boolean stock = report.statistic().equals(Statistic.MODELS.name());
        String wanted = section.equals("area") ? "area" : stock ? "year" : "total";
        for (StatisticsDtos.Row row : report.rows()) {
            if (!row.section().equals(wanted)
                    || !Objects.equals(row.dimension(), figure.dimension) || !Objects.equals(row.key(), figure.key)
                    || (stock && !Objects.equals(row.year(), toYear))) {
                continue;
            }
            if (section.equals("area") && (row.area() == null || !row.area().code().equals(childCode))) {
                continue;
            }
            Number value = row.values().get(figure.measure);
            return value == null ? 0L : value.longValue();
        }
        return 0L;
    }

    private Map<String, StatisticsDtos.Report> recordStatistics(Iterable<Indicator> used, Structure structure, AdminUnitKey unit,
                                                                int fromYear, int toYear) {
        Map<String, StatisticsDtos.Report> compiled = new HashMap<>();
        for (Indicator indicator : used) {
            if (indicator.recordFigure != null) {
                compiled.computeIfAbsent(indicator.recordFigure.statistic,
                        name -> statistics.compile(RECORD_STATISTICS.get(name), structure, unit, fromYear, toYear));
            }
        }
        return compiled;
    }

    /**
     * Places a figure of an accepted report (a row of {@link IndicatorReportRepository#acceptedFigures}):
     * in the scope's own row, under the child one level down it lies in, or nowhere (outside the scope, or
     * of another level).
     */
    private static Placed place(Structure structure, Scope scope, Object[] r) {
        String era = (String) r[0];
        String code = (String) r[1];
        String provinceCode = (String) r[3];
        String districtCode = (String) r[4];
        String province2025 = (String) r[5];
        String successor = (String) r[6];
        String level = (String) r[7];
        String indicator = (String) r[8];
        long value = ((Number) r[9]).longValue();
        String reportId = (String) r[10];
        boolean legacy = AdminUnitKey.LEGACY.equals(era);
        if (structure == Structure.legacy && era != null && !legacy) {
            return null; // 2025-era reports have no place in the legacy structure
        }
        AdminUnits.Unit unit = scope.unit();
        if (unit == null) {
            if (level.equals("central")) {
                return new Placed(true, null, reportId, indicator, value);
            }
            if (level.equals("province")) {
                AdminUnitKey child = structure == Structure.current ? new AdminUnitKey(AdminUnitKey.ERA_2025, province2025)
                        : new AdminUnitKey(AdminUnitKey.LEGACY, code);
                return new Placed(false, child, reportId, indicator, value);
            }
            return null;
        }
        if (structure == Structure.current) {
            if (unit.level().equals("province")) {
                if (level.equals("province")) {
                    return new Placed(true, null, reportId, indicator, value);
                }
                if (level.equals("commune")) {
                    String child = legacy ? successor : code;
                    return child == null ? null : new Placed(false, new AdminUnitKey(AdminUnitKey.ERA_2025, child), reportId, indicator, value);
                }
                return null;
            }
            boolean same = level.equals("commune") && (legacy ? unit.code().equals(successor) : unit.code().equals(code));
            return same ? new Placed(true, null, reportId, indicator, value) : null;
        }
        if (!legacy) {
            return null;
        }
        if (code.equals(unit.code()) && level.equals(unit.level())) {
            return new Placed(true, null, reportId, indicator, value);
        }
        boolean child = switch (unit.level()) {
            case "province" -> level.equals("district") && unit.code().equals(provinceCode);
            case "district" -> level.equals("commune") && unit.code().equals(districtCode);
            default -> false;
        };
        return child ? new Placed(false, new AdminUnitKey(AdminUnitKey.LEGACY, code), reportId, indicator, value) : null;
    }

    /** The kernel's scope (which also refuses a unit of the other era), and the level one down. */
    private Scope scope(Structure structure, AdminUnitKey key) {
        UnitScope within = units.units().scope(structure, key, "unit");
        AdminUnits.Unit unit = key == null ? null : units.get(key);
        if (unit == null) {
            return new Scope(null, "province", within.predicate(UnitScope.Columns.table("r")));
        }
        String childLevel = switch (unit.level()) {
            case "province" -> structure == Structure.current ? "commune" : "district";
            case "district" -> "commune";
            default -> null;
        };
        return new Scope(unit, childLevel, within.predicate(UnitScope.Columns.table("r")));
    }

    /** The units one level down within the scope (legacy units: those that existed at some time during the period). */
    private int childUnits(Structure structure, Scope scope, int fromYear, int toYear) {
        String era = structure == Structure.current ? AdminUnitKey.ERA_2025 : AdminUnitKey.LEGACY;
        String within = scope.unit() == null ? "" : scope.unit().level().equals("province") ? " and province_code = :code"
                : " and district_code = :code";
        // Legacy units came and went; in the 2025 structure every report rolls into today's units, all of which count.
        String existed = structure == Structure.current ? "" : " and (valid_from is null or valid_from <= make_date(:toYear, 12, 31))"
                + " and (valid_to is null or valid_to >= make_date(:fromYear, 1, 1))";
        var query = em.createNativeQuery("select count(*) from admin_unit where era = :era and level = :level" + within + existed)
                .setParameter("era", era).setParameter("level", scope.childLevel());
        if (structure != Structure.current) {
            query.setParameter("fromYear", fromYear).setParameter("toYear", toYear);
        }
        if (scope.unit() != null) {
            query.setParameter("code", scope.unit().code());
        }
        return ((Number) query.getSingleResult()).intValue();
    }

    private static AdminUnitLabel label(AdminUnits.Unit unit) {
        return new AdminUnitLabel(unit.era(), unit.code(), unit.level(), unit.fullName());
    }
}
