package vn.antq.grassroots;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.SQLRestriction;
import vn.antq.record.UnitRecordEntity;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A point of a model (điểm mô hình): where it is carried out, by whom, since when, with how many teams
 * (tổ) and members. A record of its own (version, ETag), recorded in its model's history.
 */
@Entity
@Table(name = "model_point")
@SQLRestriction("deleted_at is null")
public class ModelPoint extends UnitRecordEntity {

    @Column(name = "model_id", updatable = false)
    public UUID modelId;
    public String name;
    @Column(name = "organization_id")
    public UUID organizationId;
    @Column(name = "started_on")
    public LocalDate startedOn;
    public Integer teams;
    public Integer members;
    public String note;
}
