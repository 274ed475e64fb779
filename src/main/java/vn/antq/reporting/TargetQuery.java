package vn.antq.reporting;

import jakarta.ws.rs.QueryParam;
import org.hibernate.validator.constraints.Range;
import vn.antq.adminunit.AdminUnitKey;
import vn.antq.indicator.IndicatorCode;
import vn.antq.reporting.ReportingDtos.TargetFilter;
import vn.antq.shared.http.SearchParams;

import static vn.antq.shared.http.QueryParameters.BETWEEN;

/** The query parameters of the target list. */
public class TargetQuery extends SearchParams<TargetFilter> {

    @QueryParam("unit") AdminUnitKey unit;
    @QueryParam("indicator") IndicatorCode indicator;
    @QueryParam("year") @Range(min = 2000, max = 2100, message = BETWEEN) Integer year;

    @Override
    public TargetFilter filter() {
        return new TargetFilter(unit, indicator == null ? null : indicator.value(), year, q);
    }
}
