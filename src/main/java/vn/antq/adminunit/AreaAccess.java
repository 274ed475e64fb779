package vn.antq.adminunit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.antq.shared.error.ApiProblem;
import vn.antq.shared.error.ProblemTypes;
import vn.antq.shared.security.Caller;

import java.util.Set;

/**
 * Decides whether the caller may write a record in a given administrative unit. Admins write
 * everywhere; an editor writes only inside the areas of the token (2025 provinces or communes). A
 * legacy unit counts as inside the 2025 province it became part of, and inside a 2025 commune that
 * took it over. A record with no unit (a central record) is an admin's.
 */
@ApplicationScoped
public class AreaAccess {

    @Inject
    Caller caller;

    @Inject
    AdminUnitRepository units;

    /** 403 unless the caller may write records in {@code unit}; call it for the unit before and after a change. */
    public void requireWrite(AdminUnitKey unit) {
        if (caller.isAdmin()) {
            return;
        }
        if (unit == null) {
            throw forbidden("Only an admin may write records that belong to no administrative unit.");
        }
        Set<String> areas = caller.areas();
        AdminUnit target = units.findById(unit);
        if (target == null || areas.stream().noneMatch(area -> within(target, area))) {
            throw forbidden("The record's administrative unit " + unit + " lies outside your areas " + areas + ".");
        }
    }

    private boolean within(AdminUnit unit, String area) {
        if (area.length() == 2) {
            return unit.province2025Code.equals(area);
        }
        if (unit.id.era().equals(AdminUnitKey.ERA_2025)) {
            return unit.id.code().equals(area);
        }
        return unit.level.equals("commune") && units.tookOver(area, unit.id.code());
    }

    private static ApiProblem forbidden(String detail) {
        return new ApiProblem(403, ProblemTypes.FORBIDDEN, "Forbidden", detail, null);
    }
}
