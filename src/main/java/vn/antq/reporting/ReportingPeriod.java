package vn.antq.reporting;

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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A reporting period (kỳ báo cáo): which indicator report the units one level down from its unit (the scope; none:
 * the whole country, whose provinces report) must send, for which years, by when.
 */
@Entity
@Table(name = "reporting_period")
@SQLRestriction("deleted_at is null")
public class ReportingPeriod extends UnitRecordEntity {

    public String title;
    @Column(name = "organization_id")
    public UUID organizationId;
    public ReviewKind kind;
    @Column(name = "from_year")
    public int fromYear;
    @Column(name = "to_year")
    public int toYear;
    /** The level of the units that must report. */
    @Enumerated(EnumType.STRING)
    public Level level;
    /** The era of the units that must report. */
    public String era;
    @Column(name = "opens_on")
    public LocalDate opensOn;
    @Column(name = "due_on")
    public LocalDate dueOn;
    public String note;

    @ElementCollection
    @CollectionTable(name = "reporting_period_indicator", joinColumns = @JoinColumn(name = "period_id"))
    @Column(name = "indicator_code")
    @OrderColumn(name = "position")
    public List<String> indicators = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "reporting_period_document", joinColumns = @JoinColumn(name = "period_id"))
    @Column(name = "document_id")
    @OrderColumn(name = "position")
    public List<UUID> documentIds = new ArrayList<>();
}
