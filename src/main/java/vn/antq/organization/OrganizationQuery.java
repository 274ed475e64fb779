package vn.antq.organization;

import jakarta.ws.rs.QueryParam;
import vn.antq.adminunit.AdminUnitKey;
import vn.antq.adminunit.Level;
import vn.antq.organization.OrganizationDtos.OrganizationFilter;
import vn.antq.shared.http.SearchParams;

import java.time.LocalDate;
import java.util.UUID;

/** The query parameters of the organization list. */
public class OrganizationQuery extends SearchParams<OrganizationFilter> {

    @QueryParam("type") OrganizationType type;
    @QueryParam("level") Level level;
    @QueryParam("unit") AdminUnitKey unit;
    @QueryParam("parentId") UUID parentId;
    @QueryParam("activeOn") LocalDate activeOn;

    @Override
    public OrganizationFilter filter() {
        return new OrganizationFilter(type, level, unit, parentId, activeOn, q);
    }
}
