package vn.antq.award;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.hibernate.validator.constraints.Range;
import vn.antq.award.AwardDtos.AwardFilter;
import vn.antq.organization.OrganizationMatch;
import vn.antq.shared.error.Violations;
import vn.antq.shared.http.SearchParams;

import java.util.UUID;
import java.util.function.Predicate;

import static vn.antq.shared.http.QueryParameters.AT_MOST;
import static vn.antq.shared.http.QueryParameters.BETWEEN;

/** The query parameters of the award list. */
public class AwardQuery extends SearchParams<AwardFilter> {

    @QueryParam("issuerId") UUID issuerId;
    @QueryParam("form") AwardForm form;
    @QueryParam("year") @Range(min = 1945, max = 2100, message = BETWEEN) Integer year;
    @QueryParam("occasion") AwardOccasion occasion;
    @QueryParam("programId") UUID programId;
    @QueryParam("recipientOrganizationId") UUID recipientOrganizationId;
    // A person's or a unit's name as written: words, as q.
    @QueryParam("recipientName") @Size(max = 100, message = AT_MOST) String recipientName;
    @QueryParam("status") AwardStatus status;
    @QueryParam("organizationId") UUID organizationId;
    @QueryParam("lineage") Boolean lineage;

    @Override
    public AwardFilter filter() {
        return new AwardFilter(issuerId, form, year, occasion, programId, recipientOrganizationId, recipientName, status, q,
                OrganizationMatch.of(organizationId, lineage));
    }

    @Override
    public void rules(Violations violations, Predicate<String> given) {
        OrganizationMatch.rules(violations, given, lineage);
    }
}
