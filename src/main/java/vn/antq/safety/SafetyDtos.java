package vn.antq.safety;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.antq.adminunit.AdminUnitDtos.AdminUnitLabel;
import vn.antq.adminunit.AdminUnitDtos.AdminUnitRef;
import vn.antq.adminunit.AdminUnitKey;
import vn.antq.record.RecordView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The safety assessment shapes of the API. */
public final class SafetyDtos {

    private SafetyDtos() {
    }

    /** What a list is filtered by; each filter applies when set. */
    public record AssessmentFilter(AdminUnitKey unit, Integer year, Integer fromYear, Integer toYear, SubjectKind subjectKind,
                         Boolean attained, UUID organizationId, UUID recognizedById, String q, Standard standard,
                         Stage stage) {
    }

    /**
     * Body of create and full replace. The subject is named by {@code adminUnit} (commune, ward,
     * township, special zone), by {@code organizationId} (agency, enterprise, school) or by
     * {@code areaName} together with the commune it lies in, {@code adminUnit} (residential area).
     * {@code standard} defaults to {@code antt_safe}; {@code stage} belongs to a staged standard only.
     */
    public record AssessmentRequest(
            Standard standard,
            Stage stage,
            @NotNull SubjectKind subjectKind,
            @NotNull @Min(2000) @Max(2100) Integer year,
            @Valid AdminUnitRef adminUnit,
            UUID organizationId,
            @Size(min = 1, max = 200) String areaName,
            LocalDate periodStart,
            LocalDate periodEnd,
            @NotNull Boolean attained,
            UUID recognizedById,
            @Size(max = 60) String decisionNumber,
            LocalDate decidedOn,
            @Size(max = 2000) String note) {
    }

    public record Authority(UUID organizationId, String name) {
    }

    public record AssessmentView(UUID id, Standard standard, SubjectKind subjectKind, int year, String subjectName,
                                 AdminUnitLabel adminUnit, UUID organizationId, String areaName, LocalDate periodStart,
                                 LocalDate periodEnd, boolean attained, Stage stage, Authority recognizedBy, String decisionNumber, LocalDate decidedOn,
                                 String note, Instant createdAt, Instant updatedAt) implements RecordView {
    }

    /** A list item: the assessment without its note and the authority's name. */
    public record AssessmentSummary(UUID id, Standard standard, SubjectKind subjectKind, int year, AdminUnitLabel adminUnit,
                                    UUID organizationId, String areaName, boolean attained, Stage stage, UUID recognizedById,
                                    String decisionNumber, LocalDate decidedOn, Instant createdAt, Instant updatedAt) {

        /** Constructor for the list query, which selects the unit's columns flat. */
        public AssessmentSummary(UUID id, Standard standard, SubjectKind subjectKind, int year, String unitEra, String unitCode,
                                 String unitLevel, String unitFullName, UUID organizationId, String areaName,
                                 boolean attained, Stage stage, UUID recognizedById, String decisionNumber, LocalDate decidedOn,
                                 Instant createdAt, Instant updatedAt) {
            this(id, standard, subjectKind, year, AdminUnitLabel.orNull(unitEra, unitCode, unitLevel, unitFullName), organizationId,
                    areaName, attained, stage, recognizedById, decisionNumber, decidedOn, createdAt, updatedAt);
        }
    }

    /** The answer to a bulk submission: how many assessments were stored, for which years. */
    public record BulkResult(int created, List<Integer> years) {
    }
}
