package vn.antq.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One figure of a report: an indicator of the catalogue, by code, and its value. */
@Embeddable
public class ReportedValue {

    @Column(name = "indicator_code")
    public String indicatorCode;
    public long value;

    public ReportedValue() {
    }

    public ReportedValue(String indicatorCode, long value) {
        this.indicatorCode = indicatorCode;
        this.value = value;
    }
}
