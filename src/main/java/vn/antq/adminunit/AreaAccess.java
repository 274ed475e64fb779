package vn.antq.adminunit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.antq.shared.error.ApiProblem;
import vn.antq.shared.error.ProblemTypes;
import vn.antq.shared.security.Caller;

import java.util.Set;

/**
 * Decides whether the caller may write a record in a given administrative unit. Admins write
 * everywhere; an editor writes only inside the areas of the token (see {@link AdminUnits#inArea}). A
 * record with no unit (a central record) is an admin's.
 */
@ApplicationScoped
public class AreaAccess {

    @Inject
    Caller caller;

    @Inject
    UnitCatalog catalog;

    /** Whether the caller may write records in {@code unit}. */
    public boolean mayWrite(AdminUnitKey unit) {
        return caller.isAdmin() || unit != null && catalog.units().inAnyArea(unit, caller.areas());
    }

    /** 403 unless the caller may write records in {@code unit}; call it for the unit before and after a change. */
    public void requireWrite(AdminUnitKey unit) {
        if (mayWrite(unit)) {
            return;
        }
        if (unit == null) {
            throw forbidden("Only an admin may write records that belong to no administrative unit.");
        }
        Set<String> areas = caller.areas();
        throw forbidden("The record's administrative unit " + unit + " lies outside your areas " + areas + ".");
    }

    private static ApiProblem forbidden(String detail) {
        return new ApiProblem(403, ProblemTypes.FORBIDDEN, "Forbidden", detail, null);
    }
}
