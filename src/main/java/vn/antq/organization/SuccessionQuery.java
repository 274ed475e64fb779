package vn.antq.organization;

import jakarta.ws.rs.QueryParam;
import vn.antq.organization.SuccessionDtos.SuccessionFilter;
import vn.antq.shared.http.SearchParams;

import java.time.LocalDate;
import java.util.UUID;

/** The query parameters of the organization succession list. */
public class SuccessionQuery extends SearchParams<SuccessionFilter> {

    @QueryParam("kind") SuccessionKind kind;
    @QueryParam("organizationId") UUID organizationId;
    @QueryParam("effectiveFrom") LocalDate effectiveFrom;
    @QueryParam("effectiveTo") LocalDate effectiveTo;

    @Override
    public SuccessionFilter filter() {
        return new SuccessionFilter(kind, organizationId, effectiveFrom, effectiveTo, q);
    }
}
