package vn.antq.festival;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import vn.antq.adminunit.AdminUnitKey;

import java.time.Instant;
import java.util.UUID;

/**
 * A festival's move out of a unit or year, at the position of the change that moved it (kept by the
 * database, see V12_1__festival_departures.sql): the unit, province and year it left.
 */
@Entity
@Immutable
@Table(name = "festival_departure")
public class FestivalDeparture {

    @Id
    @Column(name = "change_seq")
    public long changeSeq;
    @Column(name = "change_tx")
    public long changeTx;
    @Column(name = "festival_id")
    public UUID festivalId;
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "era", column = @Column(name = "unit_era")),
            @AttributeOverride(name = "code", column = @Column(name = "unit_code"))})
    public AdminUnitKey unit;
    @Column(name = "unit_province")
    public String unitProvince;
    public int year;
    @Column(name = "departed_at")
    public Instant departedAt;
}
