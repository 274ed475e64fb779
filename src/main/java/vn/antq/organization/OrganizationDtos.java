package vn.antq.organization;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.antq.adminunit.AdminUnitDtos.AdminUnitLabel;
import vn.antq.adminunit.AdminUnitDtos.AdminUnitRef;
import vn.antq.adminunit.AdminUnitKey;
import vn.antq.adminunit.Level;
import vn.antq.adminunit.UnitRequest;
import vn.antq.organization.SuccessionDtos.SuccessionLink;
import vn.antq.record.RecordView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The organization shapes of the API. */
public final class OrganizationDtos {

    private OrganizationDtos() {
    }

    /** What a list is filtered by; each filter applies when set. */
    public record OrganizationFilter(OrganizationType type, Level level, AdminUnitKey unit, UUID parentId,
                                     LocalDate activeOn, String q) {
    }

    /** Body of create and full update. */
    public record OrganizationRequest(
            @NotBlank @Size(max = 300) String name,
            @Size(max = 100) String shortName,
            @NotNull OrganizationType type,
            @NotNull Level level,
            @Valid AdminUnitRef adminUnit,
            UUID parentId,
            LocalDate activeFrom,
            LocalDate activeTo,
            @Size(max = 2000) String note) implements UnitRequest {
    }

    public record OrganizationView(UUID id, String name, String shortName, OrganizationType type, Level level,
                                   AdminUnitLabel adminUnit, UUID parentId, LocalDate activeFrom, LocalDate activeTo,
                                   String note, List<SuccessionLink> predecessors, List<SuccessionLink> successors,
                                   Instant createdAt, Instant updatedAt) implements RecordView {
    }

    /** A list item: the organization without its note. */
    public record OrganizationSummary(UUID id, String name, String shortName, OrganizationType type, Level level,
                                      AdminUnitLabel adminUnit, UUID parentId, LocalDate activeFrom, LocalDate activeTo,
                                      Instant createdAt, Instant updatedAt) {

        /** Constructor for the list query, which selects the unit's columns flat. */
        public OrganizationSummary(UUID id, String name, String shortName, OrganizationType type, Level level,
                                   String unitEra, String unitCode, String unitLevel, String unitFullName,
                                   UUID parentId, LocalDate activeFrom, LocalDate activeTo,
                                   Instant createdAt, Instant updatedAt) {
            this(id, name, shortName, type, level,
                    AdminUnitLabel.orNull(unitEra, unitCode, unitLevel, unitFullName),
                    parentId, activeFrom, activeTo, createdAt, updatedAt);
        }
    }
}
