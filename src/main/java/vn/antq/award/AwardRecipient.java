package vn.antq.award;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.LocalDate;
import java.util.UUID;

/** A recipient of an award decision, stored with the decision. */
@Embeddable
public class AwardRecipient {

    @Enumerated(EnumType.STRING)
    public RecipientKind kind;
    @Column(name = "organization_id")
    public UUID organizationId;
    public String name;
    @Column(name = "job_title")
    public String jobTitle;
    @Column(name = "work_unit")
    public String workUnit;
    @Enumerated(EnumType.STRING)
    public Gender gender;
    @Column(name = "birth_date")
    public LocalDate birthDate;
    /** Whether the person's data was erased: the recipient is then a tombstone (docs/personal-data.md). */
    public boolean erased;
    /**
     * An individual's salted hash of the name without case and diacritics and the date of birth: the
     * commemorative-medal-once rule finds an erased holder by it. Never shown.
     */
    public String fingerprint;
    /** The name without case and diacritics, derived by the database. */
    @Column(name = "name_key", insertable = false, updatable = false)
    public String nameKey;
}
