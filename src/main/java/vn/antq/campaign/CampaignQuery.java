package vn.antq.campaign;

import jakarta.ws.rs.QueryParam;
import org.hibernate.validator.constraints.Range;
import vn.antq.adminunit.AdminUnitKey;
import vn.antq.adminunit.Level;
import vn.antq.campaign.CampaignDtos.CampaignFilter;
import vn.antq.organization.OrganizationMatch;
import vn.antq.shared.error.Violations;
import vn.antq.shared.http.SearchParams;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Predicate;

import static vn.antq.shared.http.QueryParameters.BETWEEN;

/** The query parameters of the campaign list. */
public class CampaignQuery extends SearchParams<CampaignFilter> {

    @QueryParam("unit") AdminUnitKey unit;
    @QueryParam("kind") CampaignKind kind;
    @QueryParam("level") Level level;
    @QueryParam("year") @Range(min = 1945, max = 2100, message = BETWEEN) Integer year;
    @QueryParam("launchedFrom") LocalDate launchedFrom;
    @QueryParam("launchedTo") LocalDate launchedTo;
    @QueryParam("organizerId") UUID organizerId;
    @QueryParam("indicatorReportId") UUID indicatorReportId;
    @QueryParam("organizationId") UUID organizationId;
    @QueryParam("lineage") Boolean lineage;

    @Override
    public CampaignFilter filter() {
        return new CampaignFilter(unit, kind, level, year, launchedFrom, launchedTo, organizerId, indicatorReportId, q, OrganizationMatch.of(organizationId, lineage));
    }

    @Override
    public void rules(Violations violations, Predicate<String> given) {
        OrganizationMatch.rules(violations, given, lineage);
    }
}
