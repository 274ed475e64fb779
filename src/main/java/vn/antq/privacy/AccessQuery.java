package vn.antq.privacy;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import vn.antq.privacy.PersonalDataDtos.AccessFilter;
import vn.antq.shared.error.Violations;
import vn.antq.shared.http.ListParams;

import java.time.Instant;
import java.util.UUID;
import java.util.function.Predicate;

import static vn.antq.shared.http.QueryParameters.AT_MOST;

/** The query parameters of the personal data access log. */
public class AccessQuery implements ListParams<AccessFilter> {

    // The reader's token subject, compared whole: the identity provider decides its form.
    @QueryParam("subject") @Size(max = 255, message = AT_MOST) String subject;
    @QueryParam("recordId") UUID recordId;
    @QueryParam("from") Instant from;
    @QueryParam("to") Instant to;

    @Override
    public AccessFilter filter() {
        return new AccessFilter(subject, recordId, from, to);
    }

    @Override
    public void rules(Violations violations, Predicate<String> given) {
        if (from != null && to != null && !to.isAfter(from)) {
            violations.add("to", "must be after from");
        }
    }
}
