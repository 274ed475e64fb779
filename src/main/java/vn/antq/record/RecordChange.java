package vn.antq.record;

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
 * One row of the change log: a record of {@code collection} written by the transaction {@code tx}, with
 * its unit after the change and before it. Written only by the database (see the V18 migration).
 */
@Entity
@Immutable
@Table(name = "record_change")
public class RecordChange {

    @Id
    public long id;
    public String collection;
    @Column(name = "record_id")
    public UUID recordId;
    public long tx;
    public String action;
    @Column(name = "changed_at")
    public Instant changedAt;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "era", column = @Column(name = "unit_era")),
            @AttributeOverride(name = "code", column = @Column(name = "unit_code"))})
    public AdminUnitKey unit;
    @Column(name = "unit_province")
    public String unitProvince;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "era", column = @Column(name = "prior_unit_era")),
            @AttributeOverride(name = "code", column = @Column(name = "prior_unit_code"))})
    public AdminUnitKey priorUnit;
    @Column(name = "prior_unit_province")
    public String priorUnitProvince;
}
