package vn.antq.festival;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.antq.adminunit.AdminUnitDtos.AdminUnitLabel;
import vn.antq.adminunit.AdminUnitDtos.AdminUnitRef;
import vn.antq.adminunit.AdminUnitKey;
import vn.antq.adminunit.Level;
import vn.antq.adminunit.UnitRequest;
import vn.antq.record.RecordView;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The festival shapes of the API. Festival times are shown in Vietnam's time zone, with offset. */
public final class FestivalDtos {

    private FestivalDtos() {
    }

    /** A point and a radius: festivals within it, nearest first. */
    public record Near(double latitude, double longitude, double radiusKm) {
    }

    /**
     * A box of longitudes and latitudes (RFC 7946 order: west, south, east, north): festivals whose venue is in
     * it. A box whose west edge is east of its east edge crosses the antimeridian.
     */
    public record Box(double west, double south, double east, double north) {
    }

    /** What the schedule is filtered by; each filter applies when set. */
    public record ScheduleFilter(AdminUnitKey unit, LocalDate from, LocalDate to, FestivalStatus status, Integer year, String q,
                                 Near near, Box bbox, FestivalKind kind) {
    }

    public record FestivalRequest(
            @NotNull @Min(2000) @Max(2100) Integer year,
            @NotBlank @Size(max = 300) String title,
            @NotNull @Valid AdminUnitRef adminUnit,
            @Size(max = 200) String localArea,
            @NotNull OffsetDateTime startsAt,
            @NotNull OffsetDateTime endsAt,
            @NotNull FestivalStatus status,
            @NotNull @Valid Venue venue,
            @Size(max = 50) List<@NotNull @Valid LeaderRequest> leaders,
            @NotEmpty @Size(max = 20) List<@NotNull UUID> organizerIds,
            @Valid Report report,
            @Size(max = 2000) String note,
            FestivalKind kind,
            @Size(max = 20) List<@NotNull @Valid Activity> activities) implements UnitRequest {

        /** A festival day of the movement with no parts listed. */
        public FestivalRequest(Integer year, String title, AdminUnitRef adminUnit, String localArea, OffsetDateTime startsAt,
                               OffsetDateTime endsAt, FestivalStatus status, Venue venue, List<LeaderRequest> leaders,
                               List<UUID> organizerIds, Report report, String note) {
            this(year, title, adminUnit, localArea, startsAt, endsAt, status, venue, leaders, organizerIds, report, note,
                    null, null);
        }
    }

    /**
     * A part of the festival day: its kind and, for a held festival, how many took part in it and how many
     * items it had (gifts handed over, families visited, performances, matches, commendations).
     */
    public record Activity(
            @NotNull ActivityKind kind,
            @Min(0) @Max(10_000_000) Integer participants,
            @Min(0) @Max(10_000_000) Integer count) {
    }

    public record Venue(
            @NotBlank @Size(max = 300) String name,
            @Size(max = 500) String address,
            @DecimalMin("-90") @DecimalMax("90") Double latitude,
            @DecimalMin("-180") @DecimalMax("180") Double longitude) {
    }

    public record LeaderRequest(@NotNull Level level, @NotBlank @Size(max = 200) String title) {
    }

    /** What the festival achieved; only a held festival has one. */
    public record Report(
            @Min(0) @Max(10_000_000) Integer participants,
            @Min(0) @Max(10_000_000) Integer giftCount,
            @Min(0) @Max(1_000_000_000_000L) Long giftValueVnd,
            @Size(max = 50) List<@NotNull UUID> awardDecisionIds) {
    }

    public record Organizer(UUID organizationId, String name) {
    }

    public record FestivalView(UUID id, int year, FestivalKind kind, String title, AdminUnitLabel adminUnit, String localArea,
                               String startsAt, String endsAt, String previousStartsAt, FestivalStatus status,
                               Venue venue, List<LeaderRequest> leaders, List<Organizer> organizers,
                               List<Activity> activities, Report report,
                               String note, Instant createdAt, Instant updatedAt) implements RecordView {
    }

    /**
     * A schedule item: small, for phones on poor networks. {@code distanceKm} only when asked for "near";
     * {@code activities} names the kinds of the day's parts (their counts are in the full festival).
     */
    public record FestivalSummary(UUID id, String title, String startsAt, String endsAt, FestivalStatus status,
                                  AdminUnitLabel adminUnit, String localArea, String venueName, Double latitude,
                                  Double longitude, Double distanceKm, long version, Instant updatedAt,
                                  FestivalKind kind, List<ActivityKind> activities) {

        /**
         * Constructor for the list query, which selects times as instants and the unit by its key only: the
         * item is then {@link #labelled} from the catalogue.
         */
        public FestivalSummary(UUID id, String title, Instant startsAt, Instant endsAt, FestivalStatus status,
                               String unitEra, String unitCode, String localArea, String venueName, Double latitude,
                               Double longitude, Double distanceKm, long version, Instant updatedAt,
                               FestivalKind kind, int activityKinds) {
            this(id, title, VietnamTime.format(startsAt), VietnamTime.format(endsAt), status,
                    AdminUnitLabel.orNull(unitEra, unitCode, null, null), localArea, venueName, latitude,
                    longitude, distanceKm, version, updatedAt, kind, ActivityKind.of(activityKinds));
        }

        /** The same item with its unit's full label. */
        public FestivalSummary labelled(AdminUnitLabel unit) {
            return new FestivalSummary(id, title, startsAt, endsAt, status, unit, localArea, venueName, latitude,
                    longitude, distanceKm, version, updatedAt, kind, activities);
        }
    }
}
