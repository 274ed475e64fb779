package vn.antq.program;

import jakarta.ws.rs.QueryParam;
import vn.antq.adminunit.AdminUnitKey;
import vn.antq.adminunit.Level;
import vn.antq.organization.OrganizationMatch;
import vn.antq.program.ProgramDtos.ProgramFilter;
import vn.antq.shared.error.Violations;
import vn.antq.shared.http.SearchParams;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Predicate;

/** The query parameters of the program list. */
public class ProgramQuery extends SearchParams<ProgramFilter> {

    @QueryParam("level") Level level;
    @QueryParam("status") ProgramStatus status;
    @QueryParam("parentId") UUID parentId;
    @QueryParam("signatoryId") UUID signatoryId;
    @QueryParam("unit") AdminUnitKey unit;
    @QueryParam("signedFrom") LocalDate signedFrom;
    @QueryParam("signedTo") LocalDate signedTo;
    @QueryParam("activeOn") LocalDate activeOn;
    @QueryParam("organizationId") UUID organizationId;
    @QueryParam("lineage") Boolean lineage;

    @Override
    public ProgramFilter filter() {
        return new ProgramFilter(level, status, parentId, signatoryId, unit, signedFrom, signedTo, activeOn, q,
                OrganizationMatch.of(organizationId, lineage));
    }

    @Override
    public void rules(Violations violations, Predicate<String> given) {
        OrganizationMatch.rules(violations, given, lineage);
    }
}
