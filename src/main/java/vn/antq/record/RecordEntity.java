package vn.antq.record;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * What every registry record has: a random UUID (ids are not guessable or countable), an
 * optimistic-lock version, timestamps, a deletion mark (deleted records keep their row for the
 * record) and the search text the database derives from its names.
 */
@MappedSuperclass
public abstract class RecordEntity {

    @Id
    public UUID id;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "deleted_at")
    public Instant deletedAt;

    @Column(name = "search_text", insertable = false, updatable = false)
    public String searchText;

    @PrePersist
    void beforeInsert() {
        if (id == null) {
            id = UUID.randomUUID();
        }
        createdAt = now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void beforeUpdate() {
        updatedAt = now();
    }

    /**
     * Marks the record as changed by this write, so that its version moves on even when only an owned
     * collection (parties, signatories, reviews) changed: two writers from one version never both win.
     */
    public void touch() {
        updatedAt = now();
    }

    /** Microsecond precision, as PostgreSQL stores it, so that a read returns what was written. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
