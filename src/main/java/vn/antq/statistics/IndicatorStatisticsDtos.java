package vn.antq.statistics;

import vn.antq.adminunit.AdminUnitDtos.AdminUnitLabel;

import java.math.BigDecimal;
import java.util.List;

/** The shapes of the indicator statistics: reported figures added up, beside the figures the records give. */
public final class IndicatorStatisticsDtos {

    private IndicatorStatisticsDtos() {
    }

    /**
     * One indicator in one row: the reported figure (summed over the row's accepted reports), its ratio to
     * its whole when it is a share and the whole is reported too (recomputed from the sums), and, for an
     * indicator the registry also holds itemized records for, the figure the records give and
     * {@code reported - recorded}.
     */
    public record Figure(String indicator, String nameVi, long reported, String shareOf, BigDecimal ratio,
                         Long recorded, Long difference, TargetRef target, Boolean targetMet) {
    }

    /**
     * The target set for the row's unit, indicator and years (see /api/v1/targets), when there is one: its minimum
     * as a value, or as a share of the indicator's whole.
     */
    public record TargetRef(java.util.UUID id, int fromYear, int toYear, Long minimumValue, BigDecimal minimumShare) {
    }

    /**
     * {@code unit}: the scope's own reports (the central level for the whole country); {@code total}: the
     * reports of the units one level down, added up; {@code area}: one unit one level down.
     */
    public record Row(String section, AdminUnitLabel area, int reports, List<Figure> figures) {
    }

    /** How many of the units one level down (existing during the period) have an accepted report. */
    public record Coverage(String level, int units, int reporting, BigDecimal ratio) {
    }

    public record Report(String structure, AdminUnitLabel unit, int fromYear, int toYear, String kind,
                         Coverage coverage, List<Row> rows) {
    
        /** The structure under the name the administrative units use for it ({@code structure} is deprecated). */
        @com.fasterxml.jackson.annotation.JsonProperty("era")
        public String era() {
            return structure;
        }
    }
}
