package vn.antq.campaign;

import jakarta.validation.Valid;
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

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The campaign shapes of the API. */
public final class CampaignDtos {

    private CampaignDtos() {
    }

    /** What a list is filtered by; each filter applies when set. */
    public record CampaignFilter(AdminUnitKey unit, CampaignKind kind, Level level, Integer year, LocalDate launchedFrom,
                         LocalDate launchedTo, UUID organizerId, UUID indicatorReportId, String q,
                         OrganizationMatch organization) {
    }

    /** Body of create and full replace. */
    public record CampaignRequest(
            @NotNull CampaignKind kind,
            @NotNull LocalDate launchedOn,
            @NotNull Level level,
            @Valid AdminUnitRef adminUnit,
            @NotBlank @Size(max = 300) String title,
            @Size(max = 20) List<@NotNull UUID> organizerIds,
            @Min(0) @Max(100000000) Integer participants,
            @Size(max = 4000) String description,
            UUID indicatorReportId,
            @Size(max = 50) List<@NotNull UUID> documentIds) implements UnitRequest {
    }

    public record Organizer(UUID organizationId, String name) {
    }

    public record CampaignView(UUID id, CampaignKind kind, LocalDate launchedOn, Level level, AdminUnitLabel adminUnit,
                               String title, List<Organizer> organizers, Integer participants, String description,
                               UUID indicatorReportId, List<UUID> documentIds, Instant createdAt, Instant updatedAt) implements RecordView {
    }

    /** A list item: the campaign without its organizers and description. */
    public record CampaignSummary(UUID id, CampaignKind kind, LocalDate launchedOn, Level level, AdminUnitLabel adminUnit,
                                  String title, Integer participants, UUID indicatorReportId, Instant createdAt,
                                  Instant updatedAt) {

        /** Constructor for the list query, which selects the unit's columns flat. */
        public CampaignSummary(UUID id, CampaignKind kind, LocalDate launchedOn, Level level, String unitEra,
                               String unitCode, String unitLevel, String unitFullName, String title,
                               Integer participants, UUID indicatorReportId, Instant createdAt, Instant updatedAt) {
            this(id, kind, launchedOn, level, AdminUnitLabel.orNull(unitEra, unitCode, unitLevel, unitFullName), title,
                    participants, indicatorReportId, createdAt, updatedAt);
        }
    }
}
