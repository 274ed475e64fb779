package vn.antq.reporting;

import jakarta.ws.rs.QueryParam;
import vn.antq.reporting.ReportingDtos.StandingFilter;
import vn.antq.shared.http.SearchParams;

/** The query parameters of a period's units, as a page and as CSV. */
public class StandingQuery extends SearchParams<StandingFilter> {

    @QueryParam("status") StandingStatus status;
    @QueryParam("late") Boolean late;

    @Override
    public StandingFilter filter() {
        return new StandingFilter(status, late, q);
    }

    /** The same parameters for the CSV download, with its byte-order mark for Excel. */
    public static class Csv extends StandingQuery {

        @QueryParam("bom") Boolean bom;

        boolean withBom() {
            return Boolean.TRUE.equals(bom);
        }
    }
}
