package vn.antq.adminunit;

import vn.antq.shared.paging.ListQuery;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * "Everything under this unit, both eras, in this structure", as the records' own unit columns must
 * match it. Built only by {@link AdminUnits#scope}; turned into a query predicate by {@link #predicate},
 * so that lists (JPQL) and statistics (SQL) filter by the same rule.
 *
 * @param unit        the unit asked for, null for the whole country
 * @param kind        how records are matched
 * @param code        the 2025 province or commune ({@link Kind#PROVINCE_2025}, {@link Kind#COMMUNE_2025})
 * @param legacyCodes the legacy units whose records are taken in, the unit itself included
 */
public record UnitScope(AdminUnitKey unit, Kind kind, String code, Set<String> legacyCodes) {

    public enum Kind {
        /** The whole country in the 2025 structure: every record. */
        EVERYWHERE,
        /** The whole country in the legacy structure: every record that does not name a 2025 unit. */
        LEGACY_STRUCTURE,
        /** A 2025 province: its records of both eras carry it as their derived 2025 province (an index look-up). */
        PROVINCE_2025,
        /** A 2025 commune: its own records and those of the legacy communes it took over. */
        COMMUNE_2025,
        /** A legacy unit: the records of the listed legacy units. */
        LEGACY_UNITS
    }

    /** The unit columns of the records being filtered, in the query language at hand. */
    public record Columns(String era, String code, String province2025) {

        /** A JPQL list over a {@link vn.antq.record.UnitRecordEntity} aliased {@code e}. */
        public static final Columns ENTITY = new Columns("e.unit.era", "e.unit.code", "e.unitProvince");

        /** An SQL row source with the records' columns, e.g. {@code table("r")} for {@code r.unit_era}. */
        public static Columns table(String alias) {
            return new Columns(alias + ".unit_era", alias + ".unit_code", alias + ".unit_province");
        }
    }

    /** A condition and the parameters it names; the text is valid both as JPQL and as PostgreSQL. */
    public record Predicate(String condition, Map<String, Object> parameters) {
    }

    public UnitScope {
        legacyCodes = legacyCodes == null ? Set.of() : Set.copyOf(legacyCodes);
    }

    /** Restricts a list over a {@link vn.antq.record.UnitRecordEntity} (aliased {@code e}) to this scope. */
    public ListQuery restrict(ListQuery query) {
        Predicate predicate = predicate(Columns.ENTITY);
        return query.condition(predicate.condition(), predicate.parameters());
    }

    /** {@code query} restricted to {@code scope}; unchanged when there is none (the whole country). */
    public static ListQuery restrict(ListQuery query, UnitScope scope) {
        return scope == null ? query : scope.restrict(query);
    }

    public Predicate predicate(Columns c) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String condition = switch (kind) {
            case EVERYWHERE -> "1 = 1";
            case LEGACY_STRUCTURE -> "(" + c.era() + " is null or " + c.era() + " <> '2025')";
            case PROVINCE_2025 -> {
                parameters.put("scopeCode", code);
                yield c.province2025() + " = :scopeCode";
            }
            case COMMUNE_2025 -> {
                parameters.put("scopeCode", code);
                String own = c.era() + " = '2025' and " + c.code() + " = :scopeCode";
                if (legacyCodes.isEmpty()) {
                    yield "(" + own + ")";
                }
                parameters.put("scopeLegacy", legacyCodes);
                yield "((" + own + ") or (" + c.era() + " = 'legacy' and " + c.code() + " in (:scopeLegacy)))";
            }
            case LEGACY_UNITS -> {
                parameters.put("scopeLegacy", legacyCodes);
                yield "(" + c.era() + " = 'legacy' and " + c.code() + " in (:scopeLegacy))";
            }
        };
        return new Predicate(condition, parameters);
    }
}
