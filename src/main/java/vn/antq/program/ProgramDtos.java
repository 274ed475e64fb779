package vn.antq.program;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.antq.adminunit.AdminUnitDtos.AdminUnitLabel;
import vn.antq.adminunit.AdminUnitDtos.AdminUnitRef;
import vn.antq.adminunit.AdminUnitKey;
import vn.antq.adminunit.Level;
import vn.antq.adminunit.UnitRequest;
import vn.antq.organization.OrganizationMatch;
import vn.antq.record.RecordView;
import vn.antq.review.ReviewDtos.ReviewRequest;
import vn.antq.review.ReviewDtos.ReviewView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The program shapes of the API. */
public final class ProgramDtos {

    private ProgramDtos() {
    }

    /** What a list is filtered by; each filter applies when set. */
    public record ProgramFilter(Level level, ProgramStatus status, UUID parentId, UUID signatoryId, AdminUnitKey unit,
                         LocalDate signedFrom, LocalDate signedTo, LocalDate activeOn, String q,
                         OrganizationMatch organization) {
    }

    public record ProgramRequest(
            @NotBlank @Size(max = 60) String code,
            @NotBlank @Size(max = 500) String title,
            @Size(max = 4000) String summary,
            @NotNull Level level,
            @NotNull ProgramStatus status,
            @NotNull LocalDate signedOn,
            @NotNull LocalDate periodStart,
            LocalDate periodEnd,
            UUID parentId,
            @Valid AdminUnitRef adminUnit,
            @NotEmpty @Size(max = 20) List<@NotNull UUID> signatoryIds,
            @Size(max = 50) List<@NotNull @Valid ReviewRequest> reviews,
            @Size(max = 50) List<@NotNull UUID> documentIds) implements UnitRequest {
    }

    public record Signatory(UUID organizationId, String name) {
    }

    public record ProgramView(UUID id, String code, String title, String summary, Level level, ProgramStatus status,
                              LocalDate signedOn, LocalDate periodStart, LocalDate periodEnd, UUID parentId,
                              AdminUnitLabel adminUnit, List<Signatory> signatories, List<ReviewView> reviews,
                              List<UUID> documentIds, Instant createdAt, Instant updatedAt) implements RecordView {
    }

    public record ProgramSummary(UUID id, String code, String title, Level level, ProgramStatus status,
                                 LocalDate signedOn, LocalDate periodStart, LocalDate periodEnd, UUID parentId,
                                 AdminUnitLabel adminUnit, Instant createdAt, Instant updatedAt) {

        /** Constructor for the list query, which selects the unit's columns flat. */
        public ProgramSummary(UUID id, String code, String title, Level level, ProgramStatus status,
                              LocalDate signedOn, LocalDate periodStart, LocalDate periodEnd, UUID parentId,
                              String unitEra, String unitCode, String unitLevel, String unitFullName,
                              Instant createdAt, Instant updatedAt) {
            this(id, code, title, level, status, signedOn, periodStart, periodEnd, parentId,
                    AdminUnitLabel.orNull(unitEra, unitCode, unitLevel, unitFullName),
                    createdAt, updatedAt);
        }
    }
}
