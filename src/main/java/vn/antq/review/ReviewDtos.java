package vn.antq.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.antq.adminunit.AdminUnitDtos.AdminUnitLabel;
import vn.antq.adminunit.AdminUnitDtos.AdminUnitRef;
import vn.antq.adminunit.AdminUnitKey;
import vn.antq.adminunit.Level;
import vn.antq.adminunit.UnitRequest;
import vn.antq.organization.OrganizationMatch;
import vn.antq.record.RecordView;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Review conference shapes: the records of their own, and the (deprecated) reviews of programs and agreements. */
public final class ReviewDtos {

    private ReviewDtos() {
    }

    /** What a list is filtered by; each filter applies when set. */
    public record ConferenceFilter(AdminUnitKey unit, ReviewKind kind, Level level, Integer year, LocalDate heldFrom,
                         LocalDate heldTo, UUID programId, UUID agreementId, UUID indicatorReportId, String q,
                         OrganizationMatch organization) {
    }

    /** Body of create and full replace of a review conference. */
    public record ConferenceRequest(
            @NotNull ReviewKind kind,
            @NotNull LocalDate heldOn,
            @NotNull Level level,
            @Valid AdminUnitRef adminUnit,
            @NotBlank @Size(max = 300) String title,
            @Size(max = 20) List<@NotNull UUID> hostIds,
            ReviewFormat format,
            @Min(0) @Max(100000) Integer bridgePoints,
            UUID programId,
            UUID agreementId,
            @Min(1945) @Max(2100) Integer fromYear,
            @Min(1945) @Max(2100) Integer toYear,
            @Min(1945) @Max(2100) Integer festivalYear,
            @Size(max = 50) List<@NotBlank @Size(max = 300) String> leaders,
            UUID indicatorReportId,
            @Size(max = 100) List<@NotNull UUID> awardIds,
            @Size(max = 4000) String summary,
            @Size(max = 50) List<@NotNull @Valid FigureRequest> figures,
            @Size(max = 50) List<@NotNull UUID> documentIds) implements UnitRequest {
    }

    public record Host(UUID organizationId, String name) {
    }

    public record ConferenceView(UUID id, ReviewKind kind, LocalDate heldOn, Level level, AdminUnitLabel adminUnit,
                                 String title, List<Host> hosts, ReviewFormat format, Integer bridgePoints,
                                 UUID programId, UUID agreementId, Integer fromYear, Integer toYear, Integer festivalYear,
                                 List<String> leaders, UUID indicatorReportId, List<UUID> awardIds, String summary,
                                 List<FigureView> figures, List<UUID> documentIds, Instant createdAt, Instant updatedAt) implements RecordView {
    }

    /** A list item: the conference without its hosts, leaders, awards, summary and figures. */
    public record ConferenceSummary(UUID id, ReviewKind kind, LocalDate heldOn, Level level, AdminUnitLabel adminUnit,
                                    String title, ReviewFormat format, Integer bridgePoints, UUID programId,
                                    UUID agreementId, Integer fromYear, Integer toYear, Integer festivalYear,
                                    UUID indicatorReportId, Instant createdAt, Instant updatedAt) {

        /** Constructor for the list query, which selects the unit's columns flat. */
        public ConferenceSummary(UUID id, ReviewKind kind, LocalDate heldOn, Level level,
                                 String unitEra, String unitCode, String unitLevel, String unitFullName,
                                 String title, ReviewFormat format, Integer bridgePoints, UUID programId,
                                 UUID agreementId, Integer fromYear, Integer toYear, Integer festivalYear,
                                 UUID indicatorReportId, Instant createdAt, Instant updatedAt) {
            this(id, kind, heldOn, level, AdminUnitLabel.orNull(unitEra, unitCode, unitLevel, unitFullName), title,
                    format, bridgePoints, programId, agreementId, fromYear, toYear, festivalYear, indicatorReportId,
                    createdAt, updatedAt);
        }
    }

    /** A program's or an agreement's review as the (deprecated) {@code reviews} field states it. */
    public record ReviewRequest(
            @NotNull ReviewKind kind,
            @NotNull LocalDate heldOn,
            UUID hostOrganizationId,
            @NotBlank @Size(max = 300) String title,
            @Size(max = 4000) String summary,
            @Size(max = 50) List<@NotNull @Valid FigureRequest> figures) {
    }

    public record FigureRequest(
            @NotBlank @Size(max = 200) String name,
            @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 4) BigDecimal value,
            @Size(max = 40) String unit) {
    }

    public record ReviewView(ReviewKind kind, LocalDate heldOn, UUID hostOrganizationId, String hostOrganizationName,
                             String title, String summary, List<FigureView> figures) {
    }

    public record FigureView(String name, BigDecimal value, String unit) {
    }
}
