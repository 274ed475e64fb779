package vn.antq.shared.idempotency;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/** A request made with an Idempotency-Key: running (no status yet) or answered, with its stored response. */
@Entity
@Table(name = "idempotency_key")
public class IdempotentRequest {

    @EmbeddedId
    public Id id;

    public String fingerprint;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "expires_at")
    public Instant expiresAt;

    public Integer status;

    public String location;

    public String etag;

    @Column(name = "content_type")
    public String contentType;

    public byte[] body;

    /** A key is the caller's own: two callers may use the same key for unrelated requests. */
    @Embeddable
    public record Id(String caller, String key) implements Serializable {
    }
}
