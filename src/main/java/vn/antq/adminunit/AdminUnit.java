package vn.antq.adminunit;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.LocalDate;

/**
 * An administrative unit of either era. Reference data: loaded by migration, never written by the API,
 * so it is kept in the second-level cache once read.
 */
@Entity
@Immutable
@Cacheable
@Table(name = "admin_unit")
public class AdminUnit {

    @EmbeddedId
    public AdminUnitKey id;

    public String level;
    public String name;
    @Column(name = "full_name")
    public String fullName;
    @Column(name = "name_en")
    public String nameEn;
    public String type;
    @Column(name = "type_en")
    public String typeEn;
    @Column(name = "province_code")
    public String provinceCode;
    @Column(name = "district_code")
    public String districtCode;
    @Column(name = "province_2025_code")
    public String province2025Code;
    @Column(name = "valid_from")
    public LocalDate validFrom;
    @Column(name = "valid_to")
    public LocalDate validTo;
    @Column(name = "search_text", insertable = false, updatable = false)
    public String searchText;

    /** Whether the unit existed at some time within [from, to] (null bounds are open). */
    public boolean overlaps(LocalDate from, LocalDate to) {
        boolean startsInTime = validFrom == null || to == null || !validFrom.isAfter(to);
        boolean endsInTime = validTo == null || from == null || !validTo.isBefore(from);
        return startsInTime && endsInTime;
    }
}
