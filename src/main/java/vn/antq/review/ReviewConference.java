package vn.antq.review;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.type.SqlTypes;
import vn.antq.adminunit.Level;
import vn.antq.record.UnitRecordEntity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A review conference (hội nghị sơ kết, tổng kết): held by a unit (none at the central level), hosted by
 * organizations, reviewing a program, an agreement, a year or span, or a festival year; it may present an
 * indicator report and give award decisions.
 */
@Entity
@Table(name = "review_conference")
@SQLRestriction("deleted_at is null")
public class ReviewConference extends UnitRecordEntity {

    public ReviewKind kind;
    @Column(name = "held_on")
    public LocalDate heldOn;
    @Enumerated(EnumType.STRING)
    public Level level;
    public String title;
    @Enumerated(EnumType.STRING)
    public ReviewFormat format;
    @Column(name = "bridge_points")
    public Integer bridgePoints;
    @Column(name = "program_id")
    public UUID programId;
    @Column(name = "agreement_id")
    public UUID agreementId;
    @Column(name = "from_year")
    public Integer fromYear;
    @Column(name = "to_year")
    public Integer toYear;
    @Column(name = "festival_year")
    public Integer festivalYear;
    @Column(name = "indicator_report_id")
    public UUID indicatorReportId;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "varchar(300)[]")
    public List<String> leaders = new ArrayList<>();
    public String summary;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<ReportedFigure> figures = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "review_conference_host", joinColumns = @JoinColumn(name = "conference_id"))
    @Column(name = "organization_id")
    @OrderColumn(name = "position")
    public List<UUID> hostIds = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "review_conference_award", joinColumns = @JoinColumn(name = "conference_id"))
    @Column(name = "award_id")
    @OrderColumn(name = "position")
    public List<UUID> awardIds = new ArrayList<>();

    /** A figure reported at the conference as free text, e.g. "mediation teams set up": 274. */
    public record ReportedFigure(String name, BigDecimal value, String unit) {
    }

    /** The documents of the record: its own (signed) documents and its legal bases, in order. */
    @jakarta.persistence.ElementCollection
    @jakarta.persistence.CollectionTable(name = "review_conference_document", joinColumns = @jakarta.persistence.JoinColumn(name = "conference_id"))
    @jakarta.persistence.Column(name = "document_id")
    @jakarta.persistence.OrderColumn(name = "position")
    public java.util.List<java.util.UUID> documentIds = new java.util.ArrayList<>();
}
