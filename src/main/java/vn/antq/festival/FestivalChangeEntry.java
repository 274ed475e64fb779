package vn.antq.festival;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import vn.antq.adminunit.AdminUnitKey;

import java.time.Instant;
import java.util.UUID;

/**
 * A festival row as the sync feed reads it: deleted rows included (they are the tombstones), with the
 * position (transaction id, change number) that orders the feed. Read-only; festivals are written through {@link Festival}.
 */
@Entity
@Immutable
@Table(name = "festival")
public class FestivalChangeEntry {

    @Id
    public UUID id;
    public String title;
    @Column(name = "starts_at")
    public Instant startsAt;
    @Column(name = "ends_at")
    public Instant endsAt;
    @Enumerated(EnumType.STRING)
    public FestivalStatus status;
    public int year;
    @Enumerated(EnumType.STRING)
    public FestivalKind kind;
    @Column(name = "activity_kinds")
    public int activityKinds;
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "era", column = @Column(name = "unit_era")),
            @AttributeOverride(name = "code", column = @Column(name = "unit_code"))})
    public AdminUnitKey unit;
    @Column(name = "unit_province")
    public String unitProvince;
    @Column(name = "local_area")
    public String localArea;
    @Column(name = "venue_name")
    public String venueName;
    public Double latitude;
    public Double longitude;
    public long version;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "deleted_at")
    public Instant deletedAt;
    @Column(name = "change_tx", insertable = false, updatable = false)
    public long changeTx;
    @Column(name = "change_seq", insertable = false, updatable = false)
    public long changeSeq;
}
