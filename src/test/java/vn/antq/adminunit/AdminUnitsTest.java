package vn.antq.adminunit;

import org.junit.jupiter.api.Test;
import vn.antq.shared.error.ApiProblem;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The area rule and the scope of a unit, on a small made-up map of both eras. */
class AdminUnitsTest {

    private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

    /** Legacy province 20 (districts 200, 201; communes 2001, 2002 in 200, 2011 in 201) became 2025 province 20. */
    private static final AdminUnits UNITS = new AdminUnits(List.of(
            legacy("20", "province", "20", null),
            legacy("200", "district", "20", null),
            legacy("201", "district", "20", null),
            legacy("2001", "commune", "20", "200"),
            legacy("2002", "commune", "20", "200"),
            legacy("2011", "commune", "20", "201"),
            current("20", "province"),
            current("20100", "commune"),
            current("20200", "commune")),
            Map.of("20100", Set.of("2001", "2002")));

    @Test
    void aProvinceAreaTakesInTheLegacyUnitsThatBecamePartOfIt() {
        assertTrue(UNITS.inArea(key("legacy", "2011"), "20"));
        assertTrue(UNITS.inArea(key("2025", "20200"), "20"));
        assertFalse(UNITS.inArea(key("legacy", "2011"), "21"));
    }

    @Test
    void aCommuneAreaTakesInOnlyTheLegacyCommunesItTookOver() {
        assertTrue(UNITS.inArea(key("2025", "20100"), "20100"));
        assertTrue(UNITS.inArea(key("legacy", "2002"), "20100"));
        assertFalse(UNITS.inArea(key("legacy", "2011"), "20100"));
        assertFalse(UNITS.inArea(key("legacy", "200"), "20100"), "a legacy district is wider than any one commune");
        assertFalse(UNITS.inArea(key("2025", "20200"), "20100"));
    }

    @Test
    void anUnknownUnitIsInNoArea() {
        assertFalse(UNITS.inAnyArea(key("legacy", "9999"), Set.of("20", "20100")));
    }

    @Test
    void aLegacyDistrictScopeIsTheDistrictAndItsCommunes() {
        UnitScope scope = UNITS.scope(key("legacy", "200"), "unit");
        assertEquals(UnitScope.Kind.LEGACY_UNITS, scope.kind());
        assertEquals(Set.of("200", "2001", "2002"), scope.legacyCodes());
    }

    @Test
    void aLegacyProvinceScopeIsEveryLegacyUnitUnderIt() {
        assertEquals(Set.of("20", "200", "201", "2001", "2002", "2011"), UNITS.scope(key("legacy", "20"), "unit").legacyCodes());
    }

    @Test
    void aLegacyCommuneScopeIsItself() {
        assertEquals(Set.of("2011"), UNITS.scope(key("legacy", "2011"), "unit").legacyCodes());
    }

    @Test
    void aCurrentCommuneScopeTakesInTheLegacyCommunesItTookOver() {
        UnitScope scope = UNITS.scope(key("2025", "20100"), "unit");
        assertEquals(UnitScope.Kind.COMMUNE_2025, scope.kind());
        assertEquals("20100", scope.code());
        assertEquals(Set.of("2001", "2002"), scope.legacyCodes());
    }

    @Test
    void aCurrentProvinceScopeIsItsDerivedProvince() {
        UnitScope.Predicate predicate = UNITS.scope(key("2025", "20"), "unit").predicate(UnitScope.Columns.ENTITY);
        assertEquals("e.unitProvince = :scopeCode", predicate.condition());
        assertEquals(Map.of("scopeCode", "20"), predicate.parameters());
    }

    @Test
    void noUnitMeansTheWholeCountryOfTheStructure() {
        assertNull(UNITS.scope(null, "unit"));
        assertEquals(UnitScope.Kind.EVERYWHERE, UNITS.scope(Structure.current, null, "unit").kind());
        assertEquals("(r.unit_era is null or r.unit_era <> '2025')",
                UNITS.scope(Structure.legacy, null, "unit").predicate(UnitScope.Columns.table("r")).condition());
    }

    @Test
    void aUnitOfTheOtherStructureOrNoUnitAtAllIsRefusedNamingTheParameter() {
        assertEquals("parent", fieldOf(assertThrows(ApiProblem.class, () -> UNITS.scope(key("legacy", "9999"), "parent"))));
        assertEquals("unit", fieldOf(assertThrows(ApiProblem.class, () -> UNITS.scope(Structure.current, key("legacy", "20"), "unit"))));
        assertEquals("unit", fieldOf(assertThrows(ApiProblem.class, () -> UNITS.scope(Structure.legacy, key("2025", "20"), "unit"))));
    }

    @Test
    void aCommunePredicateReadsTheSameInJpqlAndSql() {
        UnitScope scope = UNITS.scope(key("2025", "20100"), "unit");
        assertEquals("((r.unit_era = '2025' and r.unit_code = :scopeCode) or (r.unit_era = 'legacy' and r.unit_code in (:scopeLegacy)))",
                scope.predicate(UnitScope.Columns.table("r")).condition());
        assertEquals("((e.unit.era = '2025' and e.unit.code = :scopeCode) or (e.unit.era = 'legacy' and e.unit.code in (:scopeLegacy)))",
                scope.predicate(UnitScope.Columns.ENTITY).condition());
        assertEquals(Set.of("2001", "2002"), scope.predicate(UnitScope.Columns.ENTITY).parameters().get("scopeLegacy"));
    }

    @Test
    void aCommuneThatTookOverNothingMatchesOnlyItself() {
        assertEquals("(e.unit.era = '2025' and e.unit.code = :scopeCode)",
                UNITS.scope(key("2025", "20200"), "unit").predicate(UnitScope.Columns.ENTITY).condition());
    }

    @Test
    void aUnitExistedInTheYearsOfItsEra() {
        AdminUnits.Unit legacy = UNITS.get(key("legacy", "2001"));
        assertTrue(legacy.existedIn(2025));
        assertFalse(legacy.existedIn(2026));
        assertFalse(UNITS.get(key("2025", "20100")).existedIn(2024));
    }

    private static String fieldOf(ApiProblem problem) {
        return problem.errors().get(0).field();
    }

    private static AdminUnitKey key(String era, String code) {
        return new AdminUnitKey(era, code);
    }

    private static AdminUnits.Unit legacy(String code, String level, String province, String district) {
        return new AdminUnits.Unit("legacy", code, level, level, "Legacy " + code, province, district, province, null,
                REFORM.minusDays(1));
    }

    private static AdminUnits.Unit current(String code, String level) {
        return new AdminUnits.Unit("2025", code, level, level, "Unit " + code, "20", null, "20", REFORM, null);
    }
}
