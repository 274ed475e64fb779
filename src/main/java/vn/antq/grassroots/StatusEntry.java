package vn.antq.grassroots;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** One dated entry of a model's status history; entries are appended, never changed. */
@Embeddable
public class StatusEntry {

    @Enumerated(EnumType.STRING)
    public ModelStatus status;
    public LocalDate since;
    public String reason;
    @Column(name = "recorded_at")
    public Instant recordedAt;

    protected StatusEntry() {
    }

    public StatusEntry(ModelStatus status, LocalDate since, String reason, Instant recordedAt) {
        this.status = status;
        this.since = since;
        this.reason = reason;
        this.recordedAt = recordedAt;
    }

    /** Whether this entry already says what a request says (then nothing is appended). */
    boolean says(ModelStatus status, LocalDate since, String reason) {
        return this.status == status && Objects.equals(this.since, since) && Objects.equals(this.reason, reason);
    }
}
