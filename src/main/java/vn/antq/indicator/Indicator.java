package vn.antq.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.type.SqlTypes;
import vn.antq.adminunit.Level;
import vn.antq.record.RecordEntity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** An indicator of the catalogue: a figure units report upward, with a stable code. */
@Entity
@Table(name = "indicator")
@SQLRestriction("deleted_at is null")
public class Indicator extends RecordEntity {

    public String code;
    @Column(name = "name_vi")
    public String nameVi;
    @Column(name = "name_en")
    public String nameEn;
    public String counts;
    @Enumerated(EnumType.STRING)
    public IndicatorKind kind;
    /** The code of the indicator this one is a part of (163 of 181), or null. */
    @Column(name = "share_of")
    public String shareOf;
    /** How figures add up across units; always a sum (ratios are derived from summed parts). */
    public String aggregation = "sum";
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Level> levels = new ArrayList<>();
    @Column(name = "valid_from")
    public LocalDate validFrom;
    @Column(name = "valid_to")
    public LocalDate validTo;
    @Enumerated(EnumType.STRING)
    @Column(name = "record_figure")
    public RecordFigure recordFigure;

    /** A share's ratio, part / whole to 4 decimal places (7.39 % is 0.0739); null when the whole is zero. */
    public static BigDecimal ratio(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    /** Whether the indicator may be reported for a period of these calendar years. */
    public boolean validDuring(int fromYear, int toYear) {
        return (validFrom == null || !validFrom.isAfter(LocalDate.of(toYear, 12, 31)))
                && (validTo == null || !validTo.isBefore(LocalDate.of(fromYear, 1, 1)));
    }
}
