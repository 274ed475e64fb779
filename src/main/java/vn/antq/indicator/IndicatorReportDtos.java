package vn.antq.indicator;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import vn.antq.review.ReviewKind;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The indicator report shapes of the API. */
public final class IndicatorReportDtos {

    private IndicatorReportDtos() {
    }

    /** What a list is filtered by; each filter applies when set. */
    public record ReportFilter(AdminUnitKey unit, Level level, ReviewKind kind, ReportStatus status, Integer year,
                         OrganizationMatch organization, String indicator, String q) {
    }

    public record ValueRequest(@NotNull @Size(min = 2, max = 60) String indicator,
                               @NotNull @Min(value = 0, message = "must not be negative") @Max(999_999_999_999_999L) Long value) {
    }

    /** Body of create and full replace; a new report is a draft, and only drafts and returned reports change. */
    public record ReportRequest(
            @NotNull ReviewKind kind,
            @NotNull Level level,
            @Valid AdminUnitRef adminUnit,
            @NotNull UUID organizationId,
            @NotNull @Min(2000) @Max(2100) Integer fromYear,
            @NotNull @Min(2000) @Max(2100) Integer toYear,
            @NotNull @Size(min = 1, max = 300) String title,
            @Size(max = 2000) String note,
            @NotEmpty @Size(max = 200) List<@Valid @NotNull ValueRequest> values,
            @Size(max = 50) List<@NotNull UUID> documentIds) implements UnitRequest {
    }

    public record ReturnRequest(@NotNull @Size(min = 1, max = 1000) String reason) {
    }

    public record Reporter(UUID organizationId, String name) {
    }

    /** A figure with, for a share-of indicator whose whole is reported too, the ratio part / whole. */
    public record ValueView(String indicator, String nameVi, long value, String shareOf, BigDecimal ratio) {
    }

    public record ReportView(UUID id, ReviewKind kind, Level level, AdminUnitLabel adminUnit, Reporter organization,
                             int fromYear, int toYear, String title, String note, ReportStatus status,
                             String submittedBy, Instant submittedAt, String decidedBy, Instant decidedAt,
                             String returnReason, List<ValueView> values, List<UUID> documentIds, Instant createdAt, Instant updatedAt,
                             UUID reportingPeriodId)
            implements RecordView {
    }

    public record ReportSummary(UUID id, ReviewKind kind, Level level, AdminUnitLabel adminUnit, UUID organizationId,
                                int fromYear, int toYear, String title, ReportStatus status, Instant createdAt,
                                Instant updatedAt) {

        /** Constructor for the list query, which selects the unit's columns flat. */
        public ReportSummary(UUID id, ReviewKind kind, Level level, String unitEra, String unitCode, String unitLevel,
                             String unitFullName, UUID organizationId, int fromYear, int toYear, String title,
                             ReportStatus status, Instant createdAt, Instant updatedAt) {
            this(id, kind, level, AdminUnitLabel.orNull(unitEra, unitCode, unitLevel, unitFullName), organizationId,
                    fromYear, toYear, title, status, createdAt, updatedAt);
        }
    }

    /** The answer to a bulk submission: how many reports were stored (as drafts, or submitted). */
    public record BulkResult(int created, ReportStatus status) {
    }
}
