package vn.antq.shared.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A change to a record, written by the database's audit triggers; read-only here. */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    public Long id;
    public String collection;
    @Column(name = "record_id")
    public UUID recordId;
    public String action;
    @Column(name = "occurred_at")
    public Instant occurredAt;
    @Column(name = "actor_subject")
    public String actorSubject;
    @Column(name = "actor_client")
    public String actorClient;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "state_before")
    public Map<String, Object> stateBefore;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "state_after")
    public Map<String, Object> stateAfter;
}
