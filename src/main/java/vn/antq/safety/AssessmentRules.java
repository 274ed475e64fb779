package vn.antq.safety;

import vn.antq.adminunit.AdminUnits;
import vn.antq.adminunit.AdminUnitDtos.AdminUnitRef;
import vn.antq.adminunit.AdminUnitKey;
import vn.antq.organization.OrganizationType;
import vn.antq.shared.error.Violations;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * The rules an assessment obeys, shared by single writes and bulk submissions, over units and
 * organizations already loaded, so that checking a row costs no query.
 */
final class AssessmentRules {

    /** What the rules need to know of an organization. */
    record Org(UUID id, OrganizationType type, AdminUnitKey unit, String name) {
    }

    private AssessmentRules() {
    }

    /**
     * Checks one assessment; every violation is reported under {@code prefix + field}.
     *
     * @return the assessment's unit (the unit, the organization's unit or the area's commune), or null when invalid
     */
    static AdminUnitKey check(SubjectKind kind, Integer year, AdminUnitRef unitRef, UUID organizationId, String areaName,
                              LocalDate periodStart, LocalDate periodEnd, UUID recognizedById,
                              AdminUnits units, Map<UUID, Org> orgs, String prefix, Violations violations) {
        if (periodStart != null && periodEnd != null && periodEnd.isBefore(periodStart)) {
            violations.add(prefix + "periodEnd", "must not be before periodStart");
        }
        if (recognizedById != null && !orgs.containsKey(recognizedById)) {
            violations.add(prefix + "recognizedById", "no organization with id " + recognizedById);
        }
        if (kind == null) {
            return null;
        }
        AdminUnitKey unit = null;
        if (kind.isOrganization()) {
            if (unitRef != null) {
                violations.add(prefix + "adminUnit", "must be absent for an " + kind + ": the organization's unit is used");
            }
            if (areaName != null) {
                violations.add(prefix + "areaName", "must be absent for an " + kind);
            }
            if (organizationId == null) {
                violations.add(prefix + "organizationId", "is required for an " + kind);
                return null;
            }
            Org org = orgs.get(organizationId);
            if (org == null) {
                violations.add(prefix + "organizationId", "no organization with id " + organizationId);
                return null;
            }
            if (!fits(kind, org.type())) {
                violations.add(prefix + "organizationId", "is an organization of type " + org.type() + ", which is not "
                        + (kind == SubjectKind.agency ? "an agency" : "an " + kind));
            }
            if (org.unit() == null) {
                violations.add(prefix + "organizationId", "belongs to no administrative unit; only local organizations are assessed");
                return null;
            }
            unit = org.unit();
            checkEra(units.get(unit), year, prefix + "organizationId", "the organization's unit ", violations);
            return unit;
        }
        if (organizationId != null) {
            violations.add(prefix + "organizationId", "must be absent for a " + kind);
        }
        if (kind == SubjectKind.residential_area) {
            if (areaName == null || areaName.isBlank()) {
                violations.add(prefix + "areaName", "is required for a residential area");
            }
        } else if (areaName != null) {
            violations.add(prefix + "areaName", "must be absent for a " + kind);
        }
        if (unitRef == null) {
            violations.add(prefix + "adminUnit", "is required for a " + kind
                    + (kind == SubjectKind.residential_area ? " (the commune it lies in)" : ""));
            return null;
        }
        if (unitRef.era() == null || unitRef.code() == null) {
            return null;
        }
        AdminUnits.Unit found = units.get(unitRef.key());
        if (found == null) {
            violations.add(prefix + "adminUnit", "no administrative unit " + unitRef.key());
            return null;
        }
        if (!found.level().equals("commune")) {
            violations.add(prefix + "adminUnit", "must be a commune-level unit, not a " + found.level());
        } else if (kind.isUnit() && !kind.fits(found.typeEn(), found.legacy())) {
            violations.add(prefix + "adminUnit", "is a " + found.typeEn() + ", which cannot be assessed as a " + kind);
        }
        checkEra(found, year, prefix + "adminUnit", "", violations);
        return found.key();
    }

    /**
     * The standard's own rules: the kinds of subject it assesses, and a staged standard's stage (required, and
     * attained exactly when recognized); every violation is reported under {@code prefix + field}.
     */
    static void checkStandard(Standard standard, SubjectKind kind, Stage stage, Boolean attained, String prefix,
                              Violations violations) {
        if (standard == null) {
            return;
        }
        if (kind != null && !standard.subjects().contains(kind)) {
            violations.add(prefix + "subjectKind", "must be " + String.join(" or ",
                    standard.subjects().stream().map(Enum::name).toList()) + " for the standard " + standard);
        }
        if (!standard.staged()) {
            if (stage != null) {
                violations.add(prefix + "stage", "must be absent for the standard " + standard + ", which has no stages");
            }
            return;
        }
        if (stage == null) {
            violations.add(prefix + "stage", "is required for the standard " + standard + " (designated, assessed or recognized)");
        } else if (attained != null && attained != (stage == Stage.recognized)) {
            violations.add(prefix + "attained", "must be " + (stage == Stage.recognized)
                    + " at the stage " + stage + ": only a recognized subject has attained the standard");
        }
    }

    /** Years up to 2024 use the legacy structure, years from 2026 the 2025 one, 2025 either; the unit existed in the year. */
    private static void checkEra(AdminUnits.Unit unit, Integer year, String field, String what, Violations violations) {
        if (unit == null || year == null) {
            return;
        }
        String expected = year <= 2024 ? AdminUnitKey.LEGACY : year >= 2026 ? AdminUnitKey.ERA_2025 : null;
        if (expected != null && !expected.equals(unit.era())) {
            violations.add(field, what + "is a unit of the " + unit.era() + " era; an assessment of " + year
                    + " names a unit of the " + expected + " era");
        } else if (!unit.existedIn(year)) {
            violations.add(field, what + "did not exist in " + year);
        }
    }

    private static boolean fits(SubjectKind kind, OrganizationType type) {
        return switch (kind) {
            case enterprise -> type == OrganizationType.enterprise;
            case school -> type == OrganizationType.school;
            default -> type != OrganizationType.enterprise && type != OrganizationType.school;
        };
    }

    /** The subject key without the area's normalised name, as the database derives it (see V10). */
    static String keyPrefix(SubjectKind kind, AdminUnitKey unit, UUID organizationId) {
        if (kind.isOrganization()) {
            return "org:" + organizationId;
        }
        return (kind == SubjectKind.residential_area ? "area:" : "unit:") + unit.era() + ":" + unit.code()
                + (kind == SubjectKind.residential_area ? ":" : "");
    }
}
