package vn.antq.reporting;

import jakarta.ws.rs.QueryParam;
import org.hibernate.validator.constraints.Range;
import vn.antq.adminunit.AdminUnitKey;
import vn.antq.adminunit.Era;
import vn.antq.adminunit.Level;
import vn.antq.reporting.ReportingDtos.PeriodFilter;
import vn.antq.review.ReviewKind;
import vn.antq.shared.http.SearchParams;

import java.time.LocalDate;
import java.util.UUID;

import static vn.antq.shared.http.QueryParameters.BETWEEN;

/** The query parameters of the reporting-period list. */
public class PeriodQuery extends SearchParams<PeriodFilter> {

    @QueryParam("kind") ReviewKind kind;
    @QueryParam("level") Level level;
    @QueryParam("era") Era era;
    @QueryParam("year") @Range(min = 2000, max = 2100, message = BETWEEN) Integer year;
    @QueryParam("unit") AdminUnitKey unit;
    @QueryParam("dueFrom") LocalDate dueFrom;
    @QueryParam("dueTo") LocalDate dueTo;
    @QueryParam("organizationId") UUID organizationId;

    @Override
    public PeriodFilter filter() {
        return new PeriodFilter(kind, level, era == null ? null : era.toString(), year, unit, dueFrom, dueTo, organizationId, q);
    }
}
