package vn.antq.adminunit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.io.Serializable;

/** A legacy unit (commune, or island district) and one 2025 commune that took over (part of) it. */
@Entity
@Immutable
@Table(name = "admin_unit_succession")
@IdClass(AdminUnitSuccession.Key.class)
public class AdminUnitSuccession {

    @Id
    @Column(name = "legacy_code")
    public String legacyCode;
    @Id
    @Column(name = "new_code")
    public String newCode;
    public String sources;
    public String agreement;

    public record Key(String legacyCode, String newCode) implements Serializable {
    }
}
