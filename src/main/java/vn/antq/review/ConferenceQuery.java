package vn.antq.review;

import jakarta.ws.rs.QueryParam;
import org.hibernate.validator.constraints.Range;
import vn.antq.adminunit.AdminUnitKey;
import vn.antq.adminunit.Level;
import vn.antq.organization.OrganizationMatch;
import vn.antq.review.ReviewDtos.ConferenceFilter;
import vn.antq.shared.error.Violations;
import vn.antq.shared.http.SearchParams;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Predicate;

import static vn.antq.shared.http.QueryParameters.BETWEEN;

/** The query parameters of the review conference list. */
public class ConferenceQuery extends SearchParams<ConferenceFilter> {

    @QueryParam("unit") AdminUnitKey unit;
    @QueryParam("kind") ReviewKind kind;
    @QueryParam("level") Level level;
    @QueryParam("year") @Range(min = 1945, max = 2100, message = BETWEEN) Integer year;
    @QueryParam("heldFrom") LocalDate heldFrom;
    @QueryParam("heldTo") LocalDate heldTo;
    @QueryParam("programId") UUID programId;
    @QueryParam("agreementId") UUID agreementId;
    @QueryParam("indicatorReportId") UUID indicatorReportId;
    @QueryParam("organizationId") UUID organizationId;
    @QueryParam("lineage") Boolean lineage;

    @Override
    public ConferenceFilter filter() {
        return new ConferenceFilter(unit, kind, level, year, heldFrom, heldTo, programId, agreementId, indicatorReportId, q, OrganizationMatch.of(organizationId, lineage));
    }

    @Override
    public void rules(Violations violations, Predicate<String> given) {
        OrganizationMatch.rules(violations, given, lineage);
    }
}
