package vn.antq.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.type.SqlTypes;
import vn.antq.record.UnitRecordEntity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A system's standing request to be told of the changes of some collections within a unit. */
@Entity
@Table(name = "webhook_subscription")
@SQLRestriction("deleted_at is null")
public class WebhookSubscription extends UnitRecordEntity {

    public static final String ACTIVE = "active";
    public static final String PAUSED = "paused";

    public String url;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "varchar(40)[]")
    public List<String> collections = new ArrayList<>();
    /** Never returned by the API. */
    public String secret;
    public String description;
    public String status;
    @Column(name = "paused_reason")
    public String pausedReason;
    @Column(name = "failing_since")
    public Instant failingSince;
    /** The dispatcher's position in the change log; it starts where the log ends when the subscription is made. */
    @Column(name = "position_tx")
    public long positionTx;
    @Column(name = "position_id")
    public long positionId;
    @Column(name = "owner_subject")
    public String ownerSubject;
}
