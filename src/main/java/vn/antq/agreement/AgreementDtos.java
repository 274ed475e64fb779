package vn.antq.agreement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.antq.adminunit.AdminUnitDtos.AdminUnitLabel;
import vn.antq.adminunit.AdminUnitDtos.AdminUnitRef;
import vn.antq.adminunit.AdminUnitKey;
import vn.antq.adminunit.UnitRequest;
import vn.antq.organization.OrganizationMatch;
import vn.antq.organization.SuccessionDtos.SuccessionLink;
import vn.antq.record.RecordView;
import vn.antq.review.ReviewDtos.ReviewRequest;
import vn.antq.review.ReviewDtos.ReviewView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The coordination agreement shapes of the API. */
public final class AgreementDtos {

    private AgreementDtos() {
    }

    /** What a list is filtered by; each filter applies when set. */
    public record AgreementFilter(UUID programId, UUID partyId, AdminUnitKey unit, AgreementStatus status, LocalDate validOn,
                         LocalDate signedFrom, LocalDate signedTo, String q,
                         OrganizationMatch organization) {
    }

    public record AgreementRequest(
            UUID programId,
            @NotBlank @Size(max = 60) String number,
            @NotBlank @Size(max = 500) String title,
            @Size(max = 4000) String summary,
            @NotNull LocalDate signedOn,
            @NotNull LocalDate validFrom,
            LocalDate validTo,
            @NotNull @Valid AdminUnitRef adminUnit,
            @NotNull AgreementStatus status,
            @NotNull @Size(min = 2, max = 50) List<@NotNull @Valid PartyRequest> parties,
            @Size(max = 50) List<@NotNull @Valid ReviewRequest> reviews,
            @Size(max = 50) List<@NotNull UUID> documentIds) implements UnitRequest {
    }

    public record PartyRequest(@NotNull UUID organizationId, @NotNull PartyRole role) {
    }

    /**
     * A party as signed; {@code successors} names who carries it on when it was later dissolved, merged or
     * split (empty while it exists).
     */
    public record PartyView(UUID organizationId, String name, PartyRole role, List<SuccessionLink> successors) {
    }

    public record AgreementView(UUID id, UUID programId, String number, String title, String summary, LocalDate signedOn,
                                LocalDate validFrom, LocalDate validTo, AdminUnitLabel adminUnit, AgreementStatus status,
                                List<PartyView> parties, List<ReviewView> reviews, List<UUID> documentIds, Instant createdAt, Instant updatedAt) implements RecordView {
    }

    public record AgreementSummary(UUID id, UUID programId, String number, String title, LocalDate signedOn,
                                   LocalDate validFrom, LocalDate validTo, AdminUnitLabel adminUnit,
                                   AgreementStatus status, Instant createdAt, Instant updatedAt) {

        /** Constructor for the list query, which selects the unit's columns flat. */
        public AgreementSummary(UUID id, UUID programId, String number, String title, LocalDate signedOn,
                                LocalDate validFrom, LocalDate validTo, String unitEra, String unitCode,
                                String unitLevel, String unitFullName, AgreementStatus status,
                                Instant createdAt, Instant updatedAt) {
            this(id, programId, number, title, signedOn, validFrom, validTo,
                    AdminUnitLabel.orNull(unitEra, unitCode, unitLevel, unitFullName), status, createdAt, updatedAt);
        }
    }
}
