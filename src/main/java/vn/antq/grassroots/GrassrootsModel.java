package vn.antq.grassroots;

import jakarta.persistence.AttributeOverride;
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
import vn.antq.record.UnitRecordEntity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A grassroots model (mô hình) of the movement. Its totals of points, teams and members are derived
 * from its points ({@link ModelFigures}); its status is the last entry of its appended history.
 */
@Entity
@Table(name = "grassroots_model")
@SQLRestriction("deleted_at is null")
public class GrassrootsModel extends UnitRecordEntity {

    public String name;
    public String description;
    @Enumerated(EnumType.STRING)
    public ModelCategory category;
    @Enumerated(EnumType.STRING)
    public ModelTopic topic;
    @Column(name = "established_on")
    public LocalDate establishedOn;
    @Column(name = "replicated_from_id")
    public UUID replicatedFromId;
    @Column(name = "recognized_by_id")
    public UUID recognizedById;
    @Column(name = "recognition_decision")
    public String recognitionDecision;
    @Column(name = "recognized_on")
    public LocalDate recognizedOn;

    @ElementCollection
    @CollectionTable(name = "model_sponsor", joinColumns = @JoinColumn(name = "model_id"))
    @Column(name = "organization_id")
    @OrderColumn(name = "position")
    public List<UUID> sponsorIds = new ArrayList<>();

    /** Appended to only: the database refuses to change or remove an entry. */
    @ElementCollection
    @CollectionTable(name = "model_status", joinColumns = @JoinColumn(name = "model_id"))
    @OrderColumn(name = "position")
    public List<StatusEntry> statusHistory = new ArrayList<>();

    public StatusEntry currentStatus() {
        return statusHistory.isEmpty() ? null : statusHistory.get(statusHistory.size() - 1);
    }
}
