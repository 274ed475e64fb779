package vn.antq.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.SQLRestriction;
import vn.antq.adminunit.Level;
import vn.antq.record.UnitRecordEntity;

import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "organization")
@SQLRestriction("deleted_at is null")
public class Organization extends UnitRecordEntity {

    public String name;
    @Column(name = "short_name")
    public String shortName;
    @Enumerated(EnumType.STRING)
    public OrganizationType type;
    @Enumerated(EnumType.STRING)
    public Level level;
    @Column(name = "parent_id")
    public UUID parentId;
    @Column(name = "active_from")
    public LocalDate activeFrom;
    @Column(name = "active_to")
    public LocalDate activeTo;
    public String note;
}
