package vn.antq.adminunit;

import jakarta.ws.rs.QueryParam;
import vn.antq.adminunit.AdminUnitDtos.AdminUnitFilter;
import vn.antq.shared.http.SearchParams;

import java.time.LocalDate;

/** The query parameters of the administrative unit list. */
public class AdminUnitQuery extends SearchParams<AdminUnitFilter> {

    @QueryParam("asOf") LocalDate asOf;
    @QueryParam("level") UnitLevel level;
    @QueryParam("era") Era era;
    @QueryParam("parent") AdminUnitKey parent;

    @Override
    public AdminUnitFilter filter() {
        return new AdminUnitFilter(level == null ? null : level.name(), era == null ? null : era.toString(), asOf, parent, q);
    }

    /** The one query parameter of a unit's own read: the day whose state of the unit to show. */
    public static class AsOf {

        @QueryParam("asOf") LocalDate asOf;
    }
}
