package vn.antq.agreement;

import jakarta.ws.rs.QueryParam;
import vn.antq.adminunit.AdminUnitKey;
import vn.antq.agreement.AgreementDtos.AgreementFilter;
import vn.antq.organization.OrganizationMatch;
import vn.antq.shared.error.Violations;
import vn.antq.shared.http.SearchParams;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Predicate;

/** The query parameters of the agreement list. */
public class AgreementQuery extends SearchParams<AgreementFilter> {

    @QueryParam("programId") UUID programId;
    @QueryParam("partyId") UUID partyId;
    @QueryParam("unit") AdminUnitKey unit;
    @QueryParam("status") AgreementStatus status;
    @QueryParam("validOn") LocalDate validOn;
    @QueryParam("signedFrom") LocalDate signedFrom;
    @QueryParam("signedTo") LocalDate signedTo;
    @QueryParam("organizationId") UUID organizationId;
    @QueryParam("lineage") Boolean lineage;

    @Override
    public AgreementFilter filter() {
        return new AgreementFilter(programId, partyId, unit, status, validOn, signedFrom, signedTo, q, OrganizationMatch.of(organizationId, lineage));
    }

    @Override
    public void rules(Violations violations, Predicate<String> given) {
        OrganizationMatch.rules(violations, given, lineage);
    }
}
