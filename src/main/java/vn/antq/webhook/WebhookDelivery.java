package vn.antq.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.util.UUID;

/** One change (or other event, such as a reminder) to announce to one subscription, and how its attempts went. Written by the dispatcher. */
@Entity
@Immutable
@Table(name = "webhook_delivery")
public class WebhookDelivery {

    @Id
    public long id;
    @Column(name = "subscription_id")
    public UUID subscriptionId;
    @Column(name = "change_id")
    public Long changeId;
    @Column(name = "event_id")
    public String eventId;
    @Column(name = "event_type")
    public String eventType;
    public String collection;
    @Column(name = "record_id")
    public UUID recordId;
    @Column(name = "changed_at")
    public Instant changedAt;
    public String status;
    public int attempts;
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;
    @Column(name = "leased_until")
    public Instant leasedUntil;
    @Column(name = "last_attempt_at")
    public Instant lastAttemptAt;
    @Column(name = "last_status")
    public Integer lastStatus;
    @Column(name = "last_error")
    public String lastError;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "delivered_at")
    public Instant deliveredAt;
    /** What an event that is no change of a record adds to its data (a reminder's unit and due day), as JSON; else null. */
    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.JSON)
    public String detail;
}
