package vn.antq.indicator;

import jakarta.ws.rs.QueryParam;
import org.hibernate.validator.constraints.Range;
import vn.antq.adminunit.Level;
import vn.antq.indicator.IndicatorDtos.IndicatorFilter;
import vn.antq.shared.http.SearchParams;

import static vn.antq.shared.http.QueryParameters.BETWEEN;

/** The query parameters of the indicator list. */
public class IndicatorQuery extends SearchParams<IndicatorFilter> {

    @QueryParam("code") IndicatorCode code;
    @QueryParam("kind") IndicatorKind kind;
    @QueryParam("level") Level level;
    @QueryParam("shareOf") IndicatorCode shareOf;
    @QueryParam("validIn") @Range(min = 2000, max = 2100, message = BETWEEN) Integer validIn;

    @Override
    public IndicatorFilter filter() {
        return new IndicatorFilter(IndicatorCode.valueOf(code), kind, level, IndicatorCode.valueOf(shareOf), validIn, q);
    }
}
