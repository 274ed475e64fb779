package vn.antq.adminunit;

import vn.antq.shared.error.ApiProblem;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The administrative units of both eras and the legacy-to-2025 successions, as one immutable value: the
 * only place that knows which units lie under another (the area rule and the scope of a unit). Pure, so
 * that its rules are tested without a database; {@link UnitCatalog} holds the loaded instance.
 */
public final class AdminUnits {

    /** One unit, as the rules need it. */
    public record Unit(String era, String code, String level, String typeEn, String fullName, String provinceCode,
                       String districtCode, String province2025, LocalDate validFrom, LocalDate validTo) {

        public AdminUnitKey key() {
            return new AdminUnitKey(era, code);
        }

        public boolean legacy() {
            return era.equals(AdminUnitKey.LEGACY);
        }

        /** Whether the unit existed at some time within the calendar year. */
        public boolean existedIn(int year) {
            return (validFrom == null || !validFrom.isAfter(LocalDate.of(year, 12, 31)))
                    && (validTo == null || !validTo.isBefore(LocalDate.of(year, 1, 1)));
        }
    }

    private final Map<AdminUnitKey, Unit> units;
    /** 2025 commune code -> the legacy communes it took over (in whole or in part). */
    private final Map<String, Set<String>> tookOver;
    /** Legacy province or district code -> the legacy units under it, itself included. */
    private final Map<String, Set<String>> legacyUnder;

    /**
     * @param units       every unit of both eras
     * @param successions 2025 commune code -> the legacy communes it took over
     */
    public AdminUnits(Collection<Unit> units, Map<String, ? extends Collection<String>> successions) {
        Map<AdminUnitKey, Unit> byKey = new HashMap<>(units.size() * 2);
        Map<String, Set<String>> under = new HashMap<>();
        for (Unit unit : units) {
            byKey.put(unit.key(), unit);
            if (unit.legacy()) {
                under.computeIfAbsent(unit.provinceCode(), k -> new HashSet<>()).add(unit.code());
                if (unit.districtCode() != null) {
                    under.computeIfAbsent(unit.districtCode(), k -> new HashSet<>()).add(unit.code());
                }
                if (!unit.level().equals("commune")) {
                    under.computeIfAbsent(unit.code(), k -> new HashSet<>()).add(unit.code());
                }
            }
        }
        Map<String, Set<String>> took = new HashMap<>();
        successions.forEach((newCode, legacy) -> took.put(newCode, Set.copyOf(legacy)));
        this.units = Map.copyOf(byKey);
        this.tookOver = Map.copyOf(took);
        under.replaceAll((code, codes) -> Set.copyOf(codes));
        this.legacyUnder = Map.copyOf(under);
    }

    public Unit get(AdminUnitKey key) {
        return key == null ? null : units.get(key);
    }

    /** Whether the 2025 commune {@code newCode} took over (part of) the legacy commune {@code legacyCode}. */
    public boolean tookOver(String newCode, String legacyCode) {
        return tookOver.getOrDefault(newCode, Set.of()).contains(legacyCode);
    }

    /**
     * The area rule: an area is a 2025 province (2 digits) or a 2025 commune (5 digits). A unit lies in
     * a province area when it is, or became part of, that province; in a commune area when it is that
     * commune or a legacy commune the commune took over.
     */
    public boolean inArea(AdminUnitKey key, String area) {
        Unit unit = get(key);
        if (unit == null || area == null) {
            return false;
        }
        if (area.length() == 2) {
            return area.equals(unit.province2025());
        }
        if (!unit.legacy()) {
            return unit.code().equals(area);
        }
        return unit.level().equals("commune") && tookOver(area, unit.code());
    }

    public boolean inAnyArea(AdminUnitKey key, Collection<String> areas) {
        return areas.stream().anyMatch(area -> inArea(key, area));
    }

    /** Everything under {@code key} in the structure of its own era (a list filter), or null for no unit. */
    public UnitScope scope(AdminUnitKey key, String parameter) {
        if (key == null) {
            return null;
        }
        return scope(key.era().equals(AdminUnitKey.LEGACY) ? Structure.legacy : Structure.current, key, parameter);
    }

    /**
     * Everything under {@code key} (the whole country when null) in {@code structure}. A 2025 province
     * also takes in the legacy units of the provinces merged into it, and a 2025 commune the legacy
     * communes it took over, so that records keep their original unit and are still found under
     * today's structure. A unit of the other era is refused, naming {@code parameter}.
     */
    public UnitScope scope(Structure structure, AdminUnitKey key, String parameter) {
        Unit unit = get(key);
        if (key != null && unit == null) {
            throw ApiProblem.invalid(parameter, "no administrative unit " + key);
        }
        if (structure == Structure.current) {
            if (unit == null) {
                return new UnitScope(null, UnitScope.Kind.EVERYWHERE, null, null);
            }
            if (unit.legacy()) {
                throw ApiProblem.invalid(parameter, "is a legacy unit; with structure=2025 name a 2025 unit (or ask for structure=legacy)");
            }
            if (unit.level().equals("province")) {
                return new UnitScope(key, UnitScope.Kind.PROVINCE_2025, unit.code(), null);
            }
            return new UnitScope(key, UnitScope.Kind.COMMUNE_2025, unit.code(), tookOver.getOrDefault(unit.code(), Set.of()));
        }
        if (unit == null) {
            return new UnitScope(null, UnitScope.Kind.LEGACY_STRUCTURE, null, null);
        }
        if (!unit.legacy()) {
            throw ApiProblem.invalid(parameter, "is a 2025 unit; with structure=legacy name a legacy unit (or ask for structure=2025)");
        }
        return new UnitScope(key, UnitScope.Kind.LEGACY_UNITS, null, legacyUnder.getOrDefault(unit.code(), Set.of(unit.code())));
    }
}
