package vn.antq.reporting;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.SQLRestriction;
import vn.antq.record.UnitRecordEntity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A target (chỉ tiêu): the minimum a unit is to reach for an indicator in a year or span of years, as a value of
 * the indicator or as a share of the indicator's whole.
 */
@Entity
@Table(name = "target")
@SQLRestriction("deleted_at is null")
public class Target extends UnitRecordEntity {

    @Column(name = "indicator_code")
    public String indicator;
    @Column(name = "from_year")
    public int fromYear;
    @Column(name = "to_year")
    public int toYear;
    @Column(name = "minimum_value")
    public Long minimumValue;
    @Column(name = "minimum_share")
    public BigDecimal minimumShare;
    public String note;

    @ElementCollection
    @CollectionTable(name = "target_document", joinColumns = @JoinColumn(name = "target_id"))
    @Column(name = "document_id")
    @OrderColumn(name = "position")
    public List<UUID> documentIds = new ArrayList<>();
}
