package vn.antq.indicator;

import vn.antq.adminunit.Level;
import vn.antq.indicator.IndicatorReportDtos.ValueRequest;
import vn.antq.shared.error.Violations;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The rules a report's figures obey, against the catalogue; pure, so that they are tested without the service. */
final class ReportRules {

    private ReportRules() {
    }

    /**
     * Each value names a live indicator of the catalogue, valid during the period and reported at the
     * report's level, at most once; and no part exceeds its whole when both are reported.
     * Violations are named {@code <prefix>[i].indicator} and {@code <prefix>[i].value}.
     */
    static void checkValues(List<ValueRequest> values, Level level, Integer fromYear, Integer toYear,
                            Map<String, Indicator> catalogue, String prefix, Violations violations) {
        if (values == null) {
            return;
        }
        Map<String, Long> reported = new HashMap<>();
        for (int i = 0; i < values.size(); i++) {
            ValueRequest v = values.get(i);
            if (v == null || v.indicator() == null) {
                continue;
            }
            String field = prefix + "[" + i + "].indicator";
            Indicator indicator = catalogue.get(v.indicator());
            if (indicator == null) {
                violations.add(field, "no indicator " + v.indicator() + " in the catalogue");
                continue;
            }
            if (reported.containsKey(v.indicator())) {
                violations.add(field, "is reported twice");
                continue;
            }
            reported.put(v.indicator(), v.value());
            if (fromYear != null && toYear != null && !indicator.validDuring(fromYear, toYear)) {
                violations.add(field, "is not valid during " + period(fromYear, toYear) + " (valid "
                        + (indicator.validFrom == null ? "" : "from " + indicator.validFrom + " ")
                        + (indicator.validTo == null ? "" : "to " + indicator.validTo) + ")");
            }
            if (level != null && !indicator.levels.contains(level)) {
                violations.add(field, "is not reported at the " + level + " level (only " + indicator.levels + ")");
            }
        }
        for (int i = 0; i < values.size(); i++) {
            ValueRequest v = values.get(i);
            if (v == null || v.indicator() == null || v.value() == null || !catalogue.containsKey(v.indicator())) {
                continue;
            }
            String whole = catalogue.get(v.indicator()).shareOf;
            Long wholeValue = whole == null ? null : reported.get(whole);
            if (wholeValue != null && v.value() > wholeValue) {
                violations.add(prefix + "[" + i + "].value", "must not exceed " + whole + " (" + wholeValue
                        + "), of which it is a part");
            }
        }
    }

    static String period(int fromYear, int toYear) {
        return fromYear == toYear ? String.valueOf(fromYear) : fromYear + "-" + toYear;
    }
}
