package vn.antq.record;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.hibernate.validator.constraints.Range;
import vn.antq.adminunit.AdminUnitKey;

import static vn.antq.shared.http.QueryParameters.AT_MOST;
import static vn.antq.shared.http.QueryParameters.BETWEEN;

/** The query parameters of a collection's change feed (see {@link ChangeFeed}). */
public class ChangeParams {

    // Opaque: a signed ChangeToken that only ChangeFeed decodes, against the collection and scope it was issued for.
    @QueryParam("since") @Size(max = 300, message = AT_MOST) String since;
    @QueryParam("unit") AdminUnitKey unit;
    @QueryParam("limit") @Range(min = 1, max = ChangeFeed.MAX_LIMIT, message = BETWEEN) Integer limit;
}
