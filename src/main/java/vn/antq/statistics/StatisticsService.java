package vn.antq.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import vn.antq.adminunit.AdminUnitDtos.AdminUnitLabel;
import vn.antq.adminunit.AdminUnitKey;
import vn.antq.adminunit.AdminUnits;
import vn.antq.adminunit.Structure;
import vn.antq.adminunit.UnitCatalog;
import vn.antq.adminunit.UnitScope;
import vn.antq.safety.Standard;
import vn.antq.statistics.StatisticsDtos.Report;
import vn.antq.statistics.StatisticsDtos.Row;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles a statistic for a unit (everything under it) or the whole country, over a year or a range of
 * years, in one aggregate statement: GROUPING SETS give the totals, each year, each category and the
 * breakdown one level down at once, and units are named from memory, so that no query runs per row.
 */
@ApplicationScoped
public class StatisticsService {

    private static final List<String> SECTION_ORDER = List.of("total", "year", "area");

    @Inject
    EntityManager em;
    @Inject
    UnitCatalog units;

    /** Which records are taken (the kernel's scope) and what one level down means, for a unit in a structure. */
    private record Scope(UnitScope.Predicate predicate, String child, String childEra) {
    }

    /** The names of the statistics, as their paths and open-data files name them. */
    public static final List<String> NAMES = List.of("safety", "models", "awards", "festivals", "campaigns");

    /** The statistic of that name (one of {@link #NAMES}), as its operation gives it. */
    public Report compile(String statistic, Structure structure, AdminUnitKey unitKey, int fromYear, int toYear) {
        return compile(Statistic.named(statistic), structure, unitKey, fromYear, toYear);
    }

    /** The measures of the statistic of that name, in the order of its columns. */
    public static List<String> measures(String statistic) {
        List<String> measures = new ArrayList<>(Statistic.named(statistic).measures().stream().map(Statistic.Column::name).toList());
        if (measures.contains("attained")) {
            measures.add("ratio");
        }
        return measures;
    }

    public Report compile(Statistic statistic, Structure structure, AdminUnitKey unitKey, int fromYear, int toYear) {
        return compile(statistic, structure, unitKey, fromYear, toYear, null);
    }

    /** The statistic for one standard (the safety statistic; the others have none). */
    public Report compile(Statistic statistic, Structure structure, AdminUnitKey unitKey, int fromYear, int toYear,
                          Standard standard) {
        Scope scope = scope(structure, unitKey);
        StringBuilder sql = new StringBuilder("with r as (").append(statistic.base()).append(")\nselect grouping(y), ").append(scope.child() == null ? "1" : "grouping(child)");
        for (Statistic.Column d : statistic.dimensions()) {
            sql.append(", grouping(").append(d.sql()).append(")");
        }
        sql.append(", y, ").append(scope.child() == null ? "cast(null as text)" : "child");
        for (Statistic.Column d : statistic.dimensions()) {
            sql.append(", ").append(d.sql());
        }
        for (Statistic.Column m : statistic.measures()) {
            sql.append(", ").append(m.sql());
        }
        sql.append("\nfrom (select r.*, ").append(scope.child() == null ? "cast(null as text)" : scope.child()).append(" as child from r")
                .append(" left join admin_unit u on u.era = r.unit_era and u.code = r.unit_code where ").append(scope.predicate().condition())
                .append(") x\ngroup by grouping sets (").append(String.join(", ", sets(statistic, scope.child() != null))).append(")");
        Query query = em.createNativeQuery(sql.toString())
                .setParameter("fromYear", fromYear).setParameter("toYear", toYear);
        scope.predicate().parameters().forEach(query::setParameter);
        statistic.parameters(standard).forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> results = query.getResultList();

        int dims = statistic.dimensions().size();
        List<Row> rows = new ArrayList<>();
        for (Object[] r : results) {
            boolean byYear = number(r[0]) == 0;
            boolean byArea = number(r[1]) == 0;
            String dimension = null;
            String key = null;
            for (int d = 0; d < dims; d++) {
                if (number(r[2 + d]) == 0) {
                    dimension = statistic.dimensions().get(d).name();
                    key = (String) r[4 + dims + d];
                }
            }
            if (dimension != null && key == null) {
                continue; // e.g. decisions without recipients, in the recipients' breakdown
            }
            Integer year = byYear ? (Integer) ((Number) r[2 + dims]).intValue() : null;
            AdminUnitLabel area = null;
            if (byArea && r[3 + dims] != null) {
                AdminUnits.Unit unit = units.get(new AdminUnitKey(scope.childEra(), (String) r[3 + dims]));
                area = unit == null ? new AdminUnitLabel(scope.childEra(), (String) r[3 + dims], null, null)
                        : new AdminUnitLabel(unit.era(), unit.code(), unit.level(), unit.fullName());
            }
            Map<String, Number> values = new LinkedHashMap<>();
            for (int m = 0; m < statistic.measures().size(); m++) {
                values.put(statistic.measures().get(m).name(), ((Number) r[4 + 2 * dims + m]).longValue());
            }
            if (values.containsKey("attained")) {
                long total = values.get("total").longValue();
                values.put("ratio", total == 0 ? 0 : BigDecimal.valueOf(values.get("attained").longValue())
                        .divide(BigDecimal.valueOf(total), 4, RoundingMode.HALF_UP).doubleValue());
            }
            rows.add(new Row(byArea ? "area" : byYear ? "year" : "total", year, area, dimension, key, values));
        }
        List<String> dimensionOrder = statistic.dimensions().stream().map(Statistic.Column::name).toList();
        rows.sort(Comparator.<Row>comparingInt(x -> SECTION_ORDER.indexOf(x.section()))
                .thenComparing(x -> x.year() == null ? 0 : x.year())
                .thenComparing(x -> x.area() == null ? "" : x.area().code())
                .thenComparing(x -> x.dimension() == null ? -1 : dimensionOrder.indexOf(x.dimension()))
                .thenComparing(x -> x.key() == null ? "" : x.key()));
        List<String> measures = new ArrayList<>(statistic.measures().stream().map(Statistic.Column::name).toList());
        if (measures.contains("attained")) {
            measures.add("ratio");
        }
        AdminUnitLabel unit = null;
        if (unitKey != null) {
            AdminUnits.Unit u = units.get(unitKey);
            unit = new AdminUnitLabel(u.era(), u.code(), u.level(), u.fullName());
        }
        return new Report(statistic.name(), structure.wire(), unit, fromYear, toYear, measures, rows);
    }

    /**
     * Flows: the total, each year, each category (over the period and per year), each area (and area by
     * category). Stocks are never added up across years: each year, by category, by area.
     */
    private static List<String> sets(Statistic statistic, boolean withAreas) {
        List<String> sets = new ArrayList<>();
        if (!statistic.stock()) {
            sets.add("()");
        }
        sets.add("(y)");
        for (Statistic.Column d : statistic.dimensions()) {
            if (!statistic.stock()) {
                sets.add("(" + d.sql() + ")");
            }
            sets.add("(y, " + d.sql() + ")");
        }
        if (withAreas) {
            sets.add(statistic.stock() ? "(y, child)" : "(child)");
            if (!statistic.stock()) {
                for (Statistic.Column d : statistic.dimensions()) {
                    sets.add("(child, " + d.sql() + ")");
                }
            }
        }
        return sets;
    }

    private Scope scope(Structure structure, AdminUnitKey key) {
        UnitScope scope = units.units().scope(structure, key, "unit");
        UnitScope.Predicate predicate = scope.predicate(UnitScope.Columns.table("r"));
        return switch (scope.kind()) {
            case EVERYWHERE -> new Scope(predicate, "r.unit_province", AdminUnitKey.ERA_2025);
            case PROVINCE_2025 -> new Scope(predicate, """
                    case when r.unit_era = '2025' then (case when u.level = 'commune' then u.code end)
                         else (select min(s.new_code) from admin_unit_succession s where s.legacy_code = r.unit_code) end""",
                    AdminUnitKey.ERA_2025);
            case LEGACY_STRUCTURE -> new Scope(predicate, "u.province_code", AdminUnitKey.LEGACY);
            case LEGACY_UNITS -> switch (units.get(key).level()) {
                case "province" -> new Scope(predicate,
                        "case u.level when 'district' then u.code when 'commune' then u.district_code end", AdminUnitKey.LEGACY);
                case "district" -> new Scope(predicate, "case when u.level = 'commune' then u.code end", AdminUnitKey.LEGACY);
                default -> new Scope(predicate, null, null);
            };
            case COMMUNE_2025 -> new Scope(predicate, null, null);
        };
    }

    private static int number(Object value) {
        return ((Number) value).intValue();
    }
}
