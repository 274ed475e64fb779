package vn.antq.grassroots;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.antq.adminunit.AdminUnitDtos.AdminUnitLabel;
import vn.antq.adminunit.AdminUnitDtos.AdminUnitRef;
import vn.antq.adminunit.AdminUnitKey;
import vn.antq.adminunit.UnitRequest;
import vn.antq.organization.OrganizationMatch;
import vn.antq.organization.OrganizationType;
import vn.antq.record.RecordView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The grassroots model and model point shapes of the API. */
public final class ModelDtos {

    private ModelDtos() {
    }

    /** What a list is filtered by; each filter applies when set. */
    public record PointFilter(AdminUnitKey unit, UUID organizationId, String q) {
    }

    /** What a list is filtered by; each filter applies when set. */
    public record ModelFilter(AdminUnitKey unit, ModelCategory category, ModelTopic topic, ModelStatus status, UUID sponsorId,
                         OrganizationType sponsorType, Boolean exemplary, LocalDate establishedFrom,
                         LocalDate establishedTo, UUID replicatedFromId, String q,
                         OrganizationMatch organization) {
    }

    /**
     * Body of create and full replace. {@code status} is the model's current status: when it differs
     * from the last entry of the history it is appended to it (the history is never rewritten).
     */
    public record ModelRequest(
            @NotBlank @Size(max = 300) String name,
            @Size(max = 4000) String description,
            @NotNull ModelCategory category,
            @NotNull ModelTopic topic,
            @Size(max = 20) List<@NotNull UUID> sponsorIds,
            @NotNull @Valid AdminUnitRef adminUnit,
            LocalDate establishedOn,
            UUID replicatedFromId,
            @Valid RecognitionRequest recognition,
            @NotNull @Valid StatusRequest status) implements UnitRequest {
    }

    /** Recognition as an exemplary model: by which organization, by which decision, when. */
    public record RecognitionRequest(@NotNull UUID organizationId, @Size(max = 60) String decision, LocalDate recognizedOn) {
    }

    public record StatusRequest(@NotNull ModelStatus status, @NotNull LocalDate since, @Size(max = 2000) String reason) {
    }

    public record Sponsor(UUID organizationId, String name) {
    }

    public record Recognition(UUID organizationId, String organizationName, String decision, LocalDate recognizedOn) {
    }

    public record StatusView(ModelStatus status, LocalDate since, String reason, Instant recordedAt) {
    }

    /** Derived from the model's live points: never typed in. */
    public record Totals(long points, long teams, long members) {
    }

    public record ModelView(UUID id, String name, String description, ModelCategory category, ModelTopic topic,
                            List<Sponsor> sponsors, AdminUnitLabel adminUnit, LocalDate establishedOn,
                            UUID replicatedFromId, Recognition recognition, StatusView status,
                            List<StatusView> statusHistory, Totals totals, Instant createdAt,
                            Instant updatedAt) implements RecordView {
    }

    public record ModelSummary(UUID id, String name, ModelCategory category, ModelTopic topic, AdminUnitLabel adminUnit,
                               LocalDate establishedOn, UUID replicatedFromId, boolean exemplary, ModelStatus status,
                               LocalDate statusSince, Totals totals, Instant createdAt, Instant updatedAt) {

        /** Constructor for the list query, which selects the unit's columns and the figures flat. */
        public ModelSummary(UUID id, String name, ModelCategory category, ModelTopic topic, String unitEra,
                            String unitCode, String unitLevel, String unitFullName, LocalDate establishedOn,
                            UUID replicatedFromId, UUID recognizedById, ModelStatus status, LocalDate statusSince,
                            long points, long teams, long members, Instant createdAt, Instant updatedAt) {
            this(id, name, category, topic, AdminUnitLabel.orNull(unitEra, unitCode, unitLevel, unitFullName),
                    establishedOn, replicatedFromId, recognizedById != null, status, statusSince,
                    new Totals(points, teams, members), createdAt, updatedAt);
        }
    }

    /** Body of create and full replace of a model's point. */
    public record PointRequest(
            @Size(max = 300) String name,
            @NotNull @Valid AdminUnitRef adminUnit,
            UUID organizationId,
            LocalDate startedOn,
            @Min(0) @Max(100000) Integer teams,
            @Min(0) @Max(10000000) Integer members,
            @Size(max = 2000) String note) {
    }

    /** A point write: the body and the model named by the path. */
    public record PointWrite(UUID modelId, PointRequest point) {
    }

    public record PointView(UUID id, UUID modelId, String name, AdminUnitLabel adminUnit, UUID organizationId,
                            String organizationName, LocalDate startedOn, Integer teams, Integer members, String note,
                            Instant createdAt, Instant updatedAt) implements RecordView {
    }

    public record PointSummary(UUID id, UUID modelId, String name, AdminUnitLabel adminUnit, UUID organizationId,
                               LocalDate startedOn, Integer teams, Integer members, Instant createdAt, Instant updatedAt) {

        public PointSummary(UUID id, UUID modelId, String name, String unitEra, String unitCode, String unitLevel,
                            String unitFullName, UUID organizationId, LocalDate startedOn, Integer teams,
                            Integer members, Instant createdAt, Instant updatedAt) {
            this(id, modelId, name, AdminUnitLabel.orNull(unitEra, unitCode, unitLevel, unitFullName), organizationId,
                    startedOn, teams, members, createdAt, updatedAt);
        }
    }
}
