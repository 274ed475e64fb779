package vn.antq.campaign;

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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A campaign launch (lễ phát động) held by a unit, organized by organizations, possibly accounted for in a report. */
@Entity
@Table(name = "campaign")
@SQLRestriction("deleted_at is null")
public class Campaign extends UnitRecordEntity {

    @Enumerated(EnumType.STRING)
    public CampaignKind kind;
    @Column(name = "launched_on")
    public LocalDate launchedOn;
    @Enumerated(EnumType.STRING)
    public Level level;
    public String title;
    public Integer participants;
    public String description;
    @Column(name = "indicator_report_id")
    public UUID indicatorReportId;

    @ElementCollection
    @CollectionTable(name = "campaign_organizer", joinColumns = @JoinColumn(name = "campaign_id"))
    @Column(name = "organization_id")
    @OrderColumn(name = "position")
    public List<UUID> organizerIds = new ArrayList<>();

    /** The documents of the record: its own (signed) documents and its legal bases, in order. */
    @jakarta.persistence.ElementCollection
    @jakarta.persistence.CollectionTable(name = "campaign_document", joinColumns = @jakarta.persistence.JoinColumn(name = "campaign_id"))
    @jakarta.persistence.Column(name = "document_id")
    @jakarta.persistence.OrderColumn(name = "position")
    public java.util.List<java.util.UUID> documentIds = new java.util.ArrayList<>();
}
