package vn.antq.record;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import vn.antq.shared.error.ApiProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Refuses (409) to delete a record that live records still refer to, naming them. */
@ApplicationScoped
public class ReferenceGuard {

    private static final int NAMED_AT_MOST = 10;

    @Inject
    @Any
    Instance<Referrers> referrers;

    public void ensureUnreferenced(String kind, UUID id) {
        List<String> found = new ArrayList<>();
        for (Referrers referrer : referrers) {
            found.addAll(referrer.referringTo(kind, id));
        }
        if (!found.isEmpty()) {
            String named = String.join(", ", found.subList(0, Math.min(found.size(), NAMED_AT_MOST)));
            String more = found.size() > NAMED_AT_MOST ? " and " + (found.size() - NAMED_AT_MOST) + " more" : "";
            throw ApiProblem.conflict("This " + kind + " cannot be deleted: it is still referred to by " + named + more + ".");
        }
    }
}
