package vn.antq.safety;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.SQLRestriction;
import vn.antq.record.UnitRecordEntity;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One assessment of a subject against a standard ("An toàn về ANTT" unless it names another) for an evaluation year. Its unit is the assessed unit,
 * the organization's unit or the residential area's commune.
 */
@Entity
@Table(name = "safety_assessment")
@SQLRestriction("deleted_at is null")
public class SafetyAssessment extends UnitRecordEntity {

    @Enumerated(EnumType.STRING)
    public Standard standard = Standard.antt_safe;
    @Enumerated(EnumType.STRING)
    public Stage stage;
    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind")
    public SubjectKind subjectKind;
    public int year;
    @Column(name = "organization_id")
    public UUID organizationId;
    @Column(name = "area_name")
    public String areaName;
    @Column(name = "period_start")
    public LocalDate periodStart;
    @Column(name = "period_end")
    public LocalDate periodEnd;
    public boolean attained;
    @Column(name = "recognized_by_id")
    public UUID recognizedById;
    @Column(name = "decision_number")
    public String decisionNumber;
    @Column(name = "decided_on")
    public LocalDate decidedOn;
    public String note;
    /** Derived by the database: what is assessed, the same for every kind of subject. */
    @Column(name = "subject_key", insertable = false, updatable = false)
    public String subjectKey;
}
