package vn.antq.statistics;

import vn.antq.adminunit.AdminUnitDtos.AdminUnitLabel;

import java.util.List;
import java.util.Map;

/** The statistics shapes of the API: one shape for every statistic, flat rows that also make the CSV form. */
public final class StatisticsDtos {

    private StatisticsDtos() {
    }

    /**
     * One figure line. {@code section}: {@code total} (the whole scope and period), {@code year} (one year of
     * the period) or {@code area} (one unit one level down; {@code area} null for records of the scope's own
     * level). {@code dimension} and {@code key} name the category the line counts, when it counts one.
     */
    public record Row(String section, Integer year, AdminUnitLabel area, String dimension, String key,
                      Map<String, Number> values) {
    }

    public record Report(String statistic, String structure, AdminUnitLabel unit, int fromYear, int toYear,
                         List<String> measures, List<Row> rows) {
    
        /** The structure under the name the administrative units use for it ({@code structure} is deprecated). */
        @com.fasterxml.jackson.annotation.JsonProperty("era")
        public String era() {
            return structure;
        }
    }
}
