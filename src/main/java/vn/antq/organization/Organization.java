package vn.antq.organization;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.SQLRestriction;
import vn.antq.adminunit.AdminUnitKey;
import vn.antq.adminunit.Level;
import vn.antq.shared.persistence.RecordEntity;

import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "organization")
@SQLRestriction("deleted_at is null")
public class Organization extends RecordEntity {

    public String name;
    @Column(name = "short_name")
    public String shortName;
    @Enumerated(EnumType.STRING)
    public OrganizationType type;
    @Enumerated(EnumType.STRING)
    public Level level;
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "era", column = @Column(name = "unit_era")),
            @AttributeOverride(name = "code", column = @Column(name = "unit_code"))})
    public AdminUnitKey unit;
    @Column(name = "parent_id")
    public UUID parentId;
    @Column(name = "active_from")
    public LocalDate activeFrom;
    @Column(name = "active_to")
    public LocalDate activeTo;
    public String note;
}
