package vn.antq.adminunit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.io.Serializable;
import java.time.LocalDate;

/** A change of a unit's type and full name after its structure took effect (codes never change). */
@Entity
@Immutable
@Table(name = "admin_unit_change")
@IdClass(AdminUnitChange.Key.class)
public class AdminUnitChange {

    @Id
    public String era;
    @Id
    public String code;
    @Id
    @Column(name = "effective_date")
    public LocalDate effectiveDate;
    @Column(name = "legal_basis")
    public String legalBasis;
    @Column(name = "full_name_before")
    public String fullNameBefore;
    @Column(name = "full_name_after")
    public String fullNameAfter;
    @Column(name = "type_before")
    public String typeBefore;
    @Column(name = "type_after")
    public String typeAfter;
    @Column(name = "type_en_before")
    public String typeEnBefore;
    @Column(name = "type_en_after")
    public String typeEnAfter;

    public record Key(String era, String code, LocalDate effectiveDate) implements Serializable {
    }
}
