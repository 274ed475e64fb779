package vn.antq.record;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;
import vn.antq.adminunit.AdminUnitKey;

/**
 * A record that belongs to an administrative unit. The database derives the 2025 province the unit
 * lies in (for a legacy unit: the province it became part of), so that a province's records are found
 * through an index.
 */
@MappedSuperclass
public abstract class UnitRecordEntity extends RecordEntity {

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "era", column = @Column(name = "unit_era")),
            @AttributeOverride(name = "code", column = @Column(name = "unit_code"))})
    public AdminUnitKey unit;

    @Column(name = "unit_province", insertable = false, updatable = false)
    public String unitProvince;
}
