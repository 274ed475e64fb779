package vn.antq.reporting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.antq.adminunit.AdminUnitDtos.AdminUnitLabel;
import vn.antq.adminunit.AdminUnitDtos.AdminUnitRef;
import vn.antq.adminunit.AdminUnitKey;
import vn.antq.adminunit.Level;
import vn.antq.adminunit.UnitRequest;
import vn.antq.record.RecordView;
import vn.antq.review.ReviewKind;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The reporting period and target shapes of the API. */
public final class ReportingDtos {

    private ReportingDtos() {
    }

    // ---- reporting periods ----------------------------------------------------------------------

    /** What the list of periods is filtered by; each filter applies when set. */
    public record PeriodFilter(ReviewKind kind, Level level, String era, Integer year, AdminUnitKey unit,
                               LocalDate dueFrom, LocalDate dueTo, UUID organizationId, String q) {
    }

    public record PeriodRequest(
            @NotBlank @Size(max = 300) String title,
            @NotNull UUID organizationId,
            @NotNull ReviewKind kind,
            @NotNull @Min(2000) @Max(2100) Integer fromYear,
            @NotNull @Min(2000) @Max(2100) Integer toYear,
            @NotNull Level level,
            @NotNull @Pattern(regexp = "legacy|2025", message = "must be legacy or 2025") String era,
            @Valid AdminUnitRef adminUnit,
            @NotEmpty @Size(max = 200) List<@NotNull @Size(min = 2, max = 60) String> indicators,
            @NotNull LocalDate opensOn,
            @NotNull LocalDate dueOn,
            @Size(max = 2000) String note,
            @Size(max = 50) List<@NotNull UUID> documentIds) implements UnitRequest {
    }

    public record Issuer(UUID organizationId, String name) {
    }

    public record PeriodView(UUID id, String title, Issuer organization, ReviewKind kind, int fromYear, int toYear,
                             Level level, String era, AdminUnitLabel adminUnit, List<String> indicators,
                             LocalDate opensOn, LocalDate dueOn, String note, List<UUID> documentIds,
                             Instant createdAt, Instant updatedAt) implements RecordView {
    }

    public record PeriodSummary(UUID id, String title, UUID organizationId, ReviewKind kind, int fromYear, int toYear,
                                Level level, String era, AdminUnitLabel adminUnit, LocalDate opensOn, LocalDate dueOn,
                                Instant createdAt, Instant updatedAt) {

        /** Constructor for the list query, which selects the unit's columns flat. */
        public PeriodSummary(UUID id, String title, UUID organizationId, ReviewKind kind, int fromYear, int toYear,
                             Level level, String era, String unitEra, String unitCode, String unitLevel, String unitFullName,
                             LocalDate opensOn, LocalDate dueOn, Instant createdAt, Instant updatedAt) {
            this(id, title, organizationId, kind, fromYear, toYear, level, era,
                    AdminUnitLabel.orNull(unitEra, unitCode, unitLevel, unitFullName), opensOn, dueOn, createdAt, updatedAt);
        }
    }

    // ---- standing of the units ------------------------------------------------------------------

    /** What the list of units is filtered by. */
    public record StandingFilter(StandingStatus status, Boolean late, String q) {
    }

    /** One unit that must report, and where it stands. */
    public record UnitStanding(AdminUnitLabel adminUnit, UUID reportId, StandingStatus status, Instant submittedAt,
                               boolean late, int daysLate) {
    }

    /** The counts of the units per status (every unit of the period, whatever the filters), and of the late ones. */
    public record StandingSummary(int units, Map<StandingStatus, Integer> byStatus, int late) {
    }

    public record PeriodLabel(UUID id, String title, LocalDate dueOn) {
    }

    /** The page of units, with the period and the summary. */
    public record StandingPage(PeriodLabel period, LocalDate asOf, StandingSummary summary, List<UnitStanding> items,
                               int limit, String nextCursor, String next) {
    }

    // ---- targets --------------------------------------------------------------------------------

    /** What the list of targets is filtered by. */
    public record TargetFilter(AdminUnitKey unit, String indicator, Integer year, String q) {
    }

    public record TargetRequest(
            @NotNull @Valid AdminUnitRef adminUnit,
            @NotNull @Size(min = 2, max = 60) String indicator,
            @NotNull @Min(2000) @Max(2100) Integer fromYear,
            @NotNull @Min(2000) @Max(2100) Integer toYear,
            @Min(value = 0, message = "must not be negative") @Max(999_999_999_999_999L) Long minimumValue,
            @DecimalMin(value = "0", inclusive = false, message = "must be more than 0")
            @DecimalMax(value = "1", message = "must be at most 1") BigDecimal minimumShare,
            @Size(max = 2000) String note,
            @Size(max = 50) List<@NotNull UUID> documentIds) implements UnitRequest {
    }

    public record TargetView(UUID id, AdminUnitLabel adminUnit, String indicator, String nameVi, String shareOf,
                             int fromYear, int toYear, Long minimumValue, BigDecimal minimumShare, String note,
                             List<UUID> documentIds, Instant createdAt, Instant updatedAt) implements RecordView {
    }
}
