package vn.antq.safety;

import org.junit.jupiter.api.Test;
import vn.antq.adminunit.AdminUnitDtos.AdminUnitRef;
import vn.antq.adminunit.AdminUnitKey;
import vn.antq.adminunit.AdminUnits;
import vn.antq.organization.OrganizationType;
import vn.antq.shared.error.ApiProblem;
import vn.antq.shared.error.FieldError;
import vn.antq.shared.error.Violations;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The rules of one assessment, checked against units and organizations held in memory. */
class AssessmentRulesTest {

    private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    private static final AdminUnits UNITS = new AdminUnits(List.of(
            new AdminUnits.Unit("legacy", "15001", "commune", "commune", "Xã Một", "20", "150", "20", null, REFORM.minusDays(1)),
            new AdminUnits.Unit("legacy", "15002", "commune", "ward", "Phường Hai", "20", "150", "20", null, REFORM.minusDays(1)),
            new AdminUnits.Unit("legacy", "150", "district", "district", "Huyện Một", "20", null, "20", null, REFORM.minusDays(1)),
            new AdminUnits.Unit("2025", "20100", "commune", "commune", "Xã Mới", "20", null, "20", REFORM, null)),
            Map.of("20100", List.of("15001")));
    private static final UUID POLICE = UUID.fromString("00000000-0000-4000-8000-000000000001");
    private static final UUID SCHOOL = UUID.fromString("00000000-0000-4000-8000-000000000002");
    private static final Map<UUID, AssessmentRules.Org> ORGS = Map.of(
            POLICE, new AssessmentRules.Org(POLICE, OrganizationType.police, new AdminUnitKey("legacy", "15001"), "Công an xã"),
            SCHOOL, new AssessmentRules.Org(SCHOOL, OrganizationType.school, new AdminUnitKey("2025", "20100"), "Trường"));

    @Test
    void aCommuneOfItsEraIsAcceptedAndGivesItsUnit() {
        Violations violations = new Violations();
        AdminUnitKey unit = check(SubjectKind.commune, 2023, ref("legacy", "15001"), null, null, violations);
        assertEquals(new AdminUnitKey("legacy", "15001"), unit);
        assertEquals(List.of(), errors(violations));
    }

    @Test
    void aYearBeforeTheReformNamesALegacyUnit() {
        Violations violations = new Violations();
        check(SubjectKind.commune, 2024, ref("2025", "20100"), null, null, violations);
        assertEquals(List.of(new FieldError("adminUnit", "is a unit of the 2025 era; an assessment of 2024 names a unit of the legacy era")),
                errors(violations));
    }

    @Test
    void aUnitMustHaveExistedInTheYearAndBeACommune() {
        Violations violations = new Violations();
        check(SubjectKind.commune, 2025, ref("legacy", "150"), null, null, violations);
        assertEquals(List.of(new FieldError("adminUnit", "must be a commune-level unit, not a district")), errors(violations));
        Violations later = new Violations();
        check(SubjectKind.commune, 2026, ref("legacy", "15001"), null, null, later);
        assertEquals(List.of(new FieldError("adminUnit", "is a unit of the legacy era; an assessment of 2026 names a unit of the 2025 era")),
                errors(later));
    }

    @Test
    void aLegacyWardMayStillBeAssessedAsACommuneButNotAsASpecialZone() {
        Violations violations = new Violations();
        check(SubjectKind.commune, 2023, ref("legacy", "15002"), null, null, violations);
        check(SubjectKind.special_zone, 2023, ref("legacy", "15002"), null, null, violations);
        assertEquals(List.of(new FieldError("adminUnit", "is a ward, which cannot be assessed as a special_zone")), errors(violations));
    }

    @Test
    void anOrganizationSubjectTakesTheOrganizationsUnitAndMustFitTheKind() {
        Violations violations = new Violations();
        assertEquals(new AdminUnitKey("legacy", "15001"), check(SubjectKind.agency, 2023, null, POLICE, null, violations));
        assertEquals(List.of(), errors(violations));
        check(SubjectKind.enterprise, 2026, null, SCHOOL, null, violations);
        assertEquals(List.of(new FieldError("organizationId", "is an organization of type school, which is not an enterprise")),
                errors(violations));
    }

    @Test
    void everyWrongFieldOfARowIsReportedAtOnceUnderItsPrefix() {
        Violations violations = new Violations();
        AdminUnitKey unit = AssessmentRules.check(SubjectKind.residential_area, 2023, null, POLICE, " ",
                LocalDate.of(2023, 5, 1), LocalDate.of(2023, 4, 1), UUID.randomUUID(), UNITS, ORGS, "row 3: ", violations);
        assertNull(unit);
        assertEquals(List.of("row 3: periodEnd", "row 3: recognizedById", "row 3: organizationId", "row 3: areaName", "row 3: adminUnit"),
                errors(violations).stream().map(FieldError::field).toList());
    }

    @Test
    void theSubjectKeyMatchesTheDatabasesDerivation() {
        AdminUnitKey unit = new AdminUnitKey("legacy", "15001");
        assertEquals("org:" + POLICE, AssessmentRules.keyPrefix(SubjectKind.agency, unit, POLICE));
        assertEquals("unit:legacy:15001", AssessmentRules.keyPrefix(SubjectKind.ward, unit, null));
        assertEquals("area:legacy:15001:", AssessmentRules.keyPrefix(SubjectKind.residential_area, unit, null));
    }

    private static AdminUnitKey check(SubjectKind kind, int year, AdminUnitRef unit, UUID organizationId, String areaName,
                                      Violations violations) {
        return AssessmentRules.check(kind, year, unit, organizationId, areaName, null, null, null, UNITS, ORGS, "", violations);
    }

    private static AdminUnitRef ref(String era, String code) {
        return new AdminUnitRef(era, code);
    }

    private static List<FieldError> errors(Violations violations) {
        try {
            violations.throwIfAny();
            return List.of();
        } catch (ApiProblem problem) {
            return problem.errors();
        }
    }
}
