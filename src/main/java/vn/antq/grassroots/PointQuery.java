package vn.antq.grassroots;

import jakarta.ws.rs.QueryParam;
import vn.antq.adminunit.AdminUnitKey;
import vn.antq.grassroots.ModelDtos.PointFilter;
import vn.antq.shared.http.SearchParams;

import java.util.UUID;

/** The query parameters of the list of a model's points. */
public class PointQuery extends SearchParams<PointFilter> {

    @QueryParam("unit") AdminUnitKey unit;
    @QueryParam("organizationId") UUID organizationId;

    @Override
    public PointFilter filter() {
        return new PointFilter(unit, organizationId, q);
    }
}
