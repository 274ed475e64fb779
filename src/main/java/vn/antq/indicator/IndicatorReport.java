package vn.antq.indicator;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.SQLRestriction;
import vn.antq.adminunit.Level;
import vn.antq.record.UnitRecordEntity;
import vn.antq.review.ReviewKind;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A periodic report of indicator figures by a unit (none at the central level) and its organization,
 * for a year or a span of years, on its way up the hierarchy.
 */
@Entity
@Table(name = "indicator_report")
@SQLRestriction("deleted_at is null")
public class IndicatorReport extends UnitRecordEntity {

    public ReviewKind kind;
    @Enumerated(EnumType.STRING)
    public Level level;
    @Column(name = "organization_id")
    public UUID organizationId;
    @Column(name = "from_year")
    public int fromYear;
    @Column(name = "to_year")
    public int toYear;
    public String title;
    public String note;
    @Enumerated(EnumType.STRING)
    public ReportStatus status;
    @Column(name = "submitted_by")
    public String submittedBy;
    @Column(name = "submitted_at")
    public Instant submittedAt;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_at")
    public Instant decidedAt;
    @Column(name = "return_reason")
    public String returnReason;

    @ElementCollection
    @CollectionTable(name = "indicator_report_value", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    public List<ReportedValue> values = new ArrayList<>();

    /** The documents of the record: its own (signed) documents and its legal bases, in order. */
    @jakarta.persistence.ElementCollection
    @jakarta.persistence.CollectionTable(name = "indicator_report_document", joinColumns = @jakarta.persistence.JoinColumn(name = "report_id"))
    @jakarta.persistence.Column(name = "document_id")
    @jakarta.persistence.OrderColumn(name = "position")
    public java.util.List<java.util.UUID> documentIds = new java.util.ArrayList<>();
}
