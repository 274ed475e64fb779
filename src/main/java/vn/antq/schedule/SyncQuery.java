package vn.antq.schedule;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.hibernate.validator.constraints.Range;
import vn.antq.adminunit.AdminUnitKey;

import static vn.antq.shared.http.QueryParameters.AT_MOST;
import static vn.antq.shared.http.QueryParameters.BETWEEN;

/** The query parameters of the festival sync feed: a scope (unit, year), a position and a page size. */
public class SyncQuery {

    static final int DEFAULT_LIMIT = 500;

    @QueryParam("limit") @Range(min = 1, max = SyncFeed.MAX_LIMIT, message = BETWEEN) Integer limit;
    @QueryParam("year") @Range(min = 2000, max = 2100, message = BETWEEN) Integer year;
    @QueryParam("unit") AdminUnitKey unit;
    // Opaque: a signed ChangeToken (or a token of an earlier release's form) that only SyncFeed decodes.
    @QueryParam("since") @Size(max = 200, message = AT_MOST) String since;

    int limit() {
        return limit == null ? DEFAULT_LIMIT : limit;
    }
}
