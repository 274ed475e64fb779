package vn.antq.indicator;

import jakarta.ws.rs.QueryParam;
import org.hibernate.validator.constraints.Range;
import vn.antq.adminunit.AdminUnitKey;
import vn.antq.adminunit.Level;
import vn.antq.indicator.IndicatorReportDtos.ReportFilter;
import vn.antq.organization.OrganizationMatch;
import vn.antq.review.ReviewKind;
import vn.antq.shared.error.Violations;
import vn.antq.shared.http.SearchParams;

import java.util.UUID;
import java.util.function.Predicate;

import static vn.antq.shared.http.QueryParameters.BETWEEN;

/** The query parameters of the indicator report list. */
public class ReportQuery extends SearchParams<ReportFilter> {

    @QueryParam("unit") AdminUnitKey unit;
    @QueryParam("level") Level level;
    @QueryParam("kind") ReviewKind kind;
    @QueryParam("status") ReportStatus status;
    @QueryParam("year") @Range(min = 2000, max = 2100, message = BETWEEN) Integer year;
    @QueryParam("organizationId") UUID organizationId;
    @QueryParam("lineage") Boolean lineage;
    @QueryParam("indicator") IndicatorCode indicator;

    @Override
    public ReportFilter filter() {
        return new ReportFilter(unit, level, kind, status, year, OrganizationMatch.of(organizationId, lineage), IndicatorCode.valueOf(indicator), q);
    }

    @Override
    public void rules(Violations violations, Predicate<String> given) {
        OrganizationMatch.rules(violations, given, lineage);
    }
}
