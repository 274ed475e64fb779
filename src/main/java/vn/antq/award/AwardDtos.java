package vn.antq.award;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.antq.organization.OrganizationMatch;
import vn.antq.record.RecordView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The award decision shapes of the API. */
public final class AwardDtos {

    private AwardDtos() {
    }

    /** The name an erased recipient keeps: a fixed marker, the same for everyone. */
    public static final String ERASED_NAME = "[đã xóa]";

    /** What a list is filtered by; each filter applies when set. */
    public record AwardFilter(UUID issuerId, AwardForm form, Integer year, AwardOccasion occasion, UUID programId,
                         UUID recipientOrganizationId, String recipientName, AwardStatus status, String q,
                         OrganizationMatch organization) {
    }

    /** Body of create and full replace. The status changes only through annulment. */
    public record AwardRequest(
            @NotBlank @Size(max = 60) String number,
            @NotNull LocalDate signedOn,
            @NotNull UUID issuerId,
            @Size(max = 200) String signerTitle,
            @NotNull AwardForm form,
            @NotNull @Valid OccasionRequest occasion,
            @Size(max = 4000) String achievement,
            @NotNull @Size(min = 1, max = 500) List<@NotNull @Valid RecipientRequest> recipients,
            @Size(max = 50) List<@NotNull UUID> documentIds) {
    }

    public record OccasionRequest(@NotNull AwardOccasion kind, UUID programId, UUID agreementId,
                                  @Min(1945) @Max(2100) Integer year) {
    }

    /**
     * A collective names an organization of the registry or a collective by name; an individual names a
     * person (full name, position, work unit, gender, date of birth). The full name without case and
     * diacritics together with the date of birth identifies a person across decisions.
     */
    public record RecipientRequest(
            @NotNull RecipientKind kind,
            UUID organizationId,
            @Size(max = 300) String name,
            @Size(max = 200) String position,
            @Size(max = 300) String workUnit,
            Gender gender,
            LocalDate birthDate,
            Boolean erased) {

        public RecipientRequest(RecipientKind kind, UUID organizationId, String name, String position, String workUnit,
                                Gender gender, LocalDate birthDate) {
            this(kind, organizationId, name, position, workUnit, gender, birthDate, null);
        }

        /** Whether the entry keeps one of the decision's erased recipients (its other fields are ignored). */
        public boolean keepsErased() {
            return Boolean.TRUE.equals(erased);
        }
    }

    /**
     * Body of a correction: the individual's personal data as it should have been recorded, all of it
     * (absent fields become {@code null}).
     */
    public record RecipientCorrection(
            @NotBlank @Size(max = 300) String name,
            @Size(max = 200) String position,
            @Size(max = 300) String workUnit,
            Gender gender,
            LocalDate birthDate) {
    }

    public record AnnulmentRequest(
            @NotBlank @Size(max = 60) String decisionNumber,
            @NotNull LocalDate decidedOn,
            @NotBlank @Size(max = 2000) String reason) {
    }

    public record Issuer(UUID organizationId, String name) {
    }

    public record Occasion(AwardOccasion kind, UUID programId, UUID agreementId, Integer year) {
    }

    /**
     * A recipient as the caller may read it. An individual's name, gender and date of birth are personal
     * data: a caller without the right to read them gets the name reduced, gender and date of birth
     * {@code null}, and {@code personalDataReduced} true.
     */
    public record RecipientView(RecipientKind kind, UUID organizationId, String name, String position, String workUnit,
                                Gender gender, LocalDate birthDate, boolean personalDataReduced, boolean erased) {

        public RecipientView(RecipientKind kind, UUID organizationId, String name, String position, String workUnit,
                             Gender gender, LocalDate birthDate) {
            this(kind, organizationId, name, position, workUnit, gender, birthDate, false, false);
        }

        static RecipientView reduced(RecipientKind kind, String name, String position, String workUnit) {
            return new RecipientView(kind, null, name, position, workUnit, null, null, true, false);
        }

        /** An erased individual: the same tombstone for every caller. */
        static RecipientView erasedOne() {
            return new RecipientView(RecipientKind.individual, null, ERASED_NAME, null, null, null, null, false, true);
        }

    }

    public record Annulment(String decisionNumber, LocalDate decidedOn, String reason) {
    }

    public record AwardView(UUID id, String number, LocalDate signedOn, Issuer issuer, String signerTitle, AwardForm form,
                            Occasion occasion, String achievement, AwardStatus status, Annulment annulment,
                            List<RecipientView> recipients, List<UUID> documentIds, Instant createdAt, Instant updatedAt) implements RecordView {
    }

    public record AwardSummary(UUID id, String number, LocalDate signedOn, Issuer issuer, AwardForm form,
                               Occasion occasion, AwardStatus status, long collectives, long individuals,
                               Instant createdAt, Instant updatedAt) {

        /** Constructor for the list query, which selects the columns and the recipient counts flat. */
        public AwardSummary(UUID id, String number, LocalDate signedOn, UUID issuerId, String issuerName, AwardForm form,
                            AwardOccasion occasion, UUID programId, UUID agreementId, Integer year, AwardStatus status,
                            Long collectives, Long individuals, Instant createdAt, Instant updatedAt) {
            this(id, number, signedOn, new Issuer(issuerId, issuerName), form,
                    new Occasion(occasion, programId, agreementId, year), status,
                    collectives == null ? 0 : collectives, individuals == null ? 0 : individuals, createdAt, updatedAt);
        }
    }
}
