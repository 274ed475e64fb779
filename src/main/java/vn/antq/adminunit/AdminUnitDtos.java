package vn.antq.adminunit;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.time.LocalDate;
import java.util.List;

/** The administrative-unit shapes of the API. */
public final class AdminUnitDtos {

    private AdminUnitDtos() {
    }

    /** What the list of units is filtered by; each filter applies when set. */
    public record AdminUnitFilter(String level, String era, LocalDate asOf, AdminUnitKey parent, String q) {
    }

    /** How a request names a unit: always with its era. */
    public record AdminUnitRef(
            @NotNull @Pattern(regexp = "legacy|2025", message = "must be legacy or 2025") String era,
            @NotNull @Pattern(regexp = "[0-9]{2,5}", message = "must be a GSO code of 2 to 5 digits") String code) {

        public AdminUnitKey key() {
            return new AdminUnitKey(era, code);
        }
    }

    /** How a response names a unit: era, code, level and full name. */
    public record AdminUnitLabel(String era, String code, String level, String fullName) {

        public static AdminUnitLabel of(AdminUnit unit) {
            return new AdminUnitLabel(unit.id.era(), unit.id.code(), unit.level, unit.fullName);
        }

        /** From the columns of an outer join: null when the record names no unit. */
        public static AdminUnitLabel orNull(String era, String code, String level, String fullName) {
            return era == null ? null : new AdminUnitLabel(era, code, level, fullName);
        }
    }

    /** A unit in a list, with its name and type as of the requested date. */
    public record AdminUnitSummary(String era, String code, String level, String name, String fullName, String nameEn,
                                   String type, String typeEn, String provinceCode, String districtCode,
                                   LocalDate validFrom, LocalDate validTo) {
    }

    /** One unit with its place in the hierarchy and across the 2025 reform. */
    public record AdminUnitDetail(String era, String code, String level, String name, String fullName, String nameEn,
                                  String type, String typeEn, String provinceCode, String districtCode,
                                  LocalDate validFrom, LocalDate validTo, AdminUnitLabel parent,
                                  List<AdminUnitLabel> children, List<AdminUnitLabel> predecessors,
                                  List<AdminUnitLabel> successors, List<TypeChange> changes) {
    }

    /** A dated change of a unit's type and full name. */
    public record TypeChange(LocalDate effectiveDate, String legalBasis, String fullNameBefore, String fullNameAfter,
                             String typeBefore, String typeAfter) {
    }
}
