package vn.antq.festival;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.type.SqlTypes;
import vn.antq.adminunit.Level;
import vn.antq.record.UnitRecordEntity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A festival point: one commune's, village's, agency's or school's festival day of a year. */
@Entity
@Table(name = "festival")
@SQLRestriction("deleted_at is null")
public class Festival extends UnitRecordEntity {

    /** The longest a festival point may last (a schema constraint too): it bounds a schedule window's scan. */
    public static final Duration LONGEST = Duration.ofDays(7);

    public int year;
    @Enumerated(EnumType.STRING)
    public FestivalKind kind = FestivalKind.antq_festival_day;
    public String title;
    @Column(name = "local_area")
    public String localArea;
    @Column(name = "starts_at")
    public Instant startsAt;
    @Column(name = "ends_at")
    public Instant endsAt;
    @Column(name = "previous_starts_at")
    public Instant previousStartsAt;
    @Enumerated(EnumType.STRING)
    public FestivalStatus status;
    @Column(name = "venue_name")
    public String venueName;
    @Column(name = "venue_address")
    public String venueAddress;
    public Double latitude;
    public Double longitude;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Leader> leaders = new ArrayList<>();
    /** The parts of the day, in the order given. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Activity> activities = new ArrayList<>();
    /** The kinds of {@link #activities} as bits (ActivityKind), kept beside them for the schedule's index. */
    @Column(name = "activity_kinds")
    public int activityKinds;
    public Integer participants;
    @Column(name = "gift_count")
    public Integer giftCount;
    @Column(name = "gift_value_vnd")
    public Long giftValueVnd;
    public String note;

    // A festival is read by id on the hottest path: its two short lists come in the same query.
    @ElementCollection
    @Fetch(FetchMode.JOIN)
    @CollectionTable(name = "festival_organizer", joinColumns = @JoinColumn(name = "festival_id"))
    @Column(name = "organization_id")
    @OrderColumn(name = "position")
    public List<UUID> organizerIds = new ArrayList<>();

    @ElementCollection
    @Fetch(FetchMode.JOIN)
    @CollectionTable(name = "festival_award", joinColumns = @JoinColumn(name = "festival_id"))
    @Column(name = "award_decision_id")
    @OrderColumn(name = "position")
    public List<UUID> awardDecisionIds = new ArrayList<>();

    /** A part of the day: its kind and, once held, how many took part and how many items it had. */
    public record Activity(ActivityKind kind, Integer participants, Integer count) {
    }

    /** A leader attending: the level of government they come from and their title. */
    public record Leader(Level level, String title) {
    }
}
