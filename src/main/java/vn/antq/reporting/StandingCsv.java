package vn.antq.reporting;

import vn.antq.reporting.ReportingDtos.StandingFilter;
import vn.antq.reporting.ReportingDtos.UnitStanding;

/** A period's standing as CSV: one line per unit that passes the filters, in code order. */
final class StandingCsv {

    static final String HEADER = "unitEra,unitCode,unitLevel,unitName,status,reportId,submittedAt,late,daysLate";

    private StandingCsv() {
    }

    static String write(StandingService.Standing standing, StandingFilter filter) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (UnitStanding u : standing.units()) {
            if (filter.status() != null && u.status() != filter.status() || filter.late() != null && u.late() != filter.late()) {
                continue;
            }
            csv.append(field(u.adminUnit().era())).append(',').append(field(u.adminUnit().code())).append(',')
                    .append(field(u.adminUnit().level())).append(',').append(field(u.adminUnit().fullName())).append(',')
                    .append(u.status()).append(',').append(u.reportId() == null ? "" : u.reportId()).append(',')
                    .append(u.submittedAt() == null ? "" : u.submittedAt()).append(',')
                    .append(u.late()).append(',').append(u.daysLate()).append('\n');
        }
        return csv.toString();
    }

    /** A field quoted when it holds a comma, a quote or a line break; a leading formula character is defused. */
    static String field(String value) {
        if (value == null) {
            return "";
        }
        String text = value;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
