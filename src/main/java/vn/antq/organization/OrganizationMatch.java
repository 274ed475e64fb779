package vn.antq.organization;

import vn.antq.shared.error.Violations;

import java.util.UUID;
import java.util.function.Predicate;

/**
 * The list filter that the records naming organizations share: {@code organizationId}, and with
 * {@code lineage=true} also the organizations it came from (its predecessors through succession events).
 */
public record OrganizationMatch(UUID organizationId, boolean lineage) {

    /** The match of two typed query parameters; null when no organization is asked for. */
    public static OrganizationMatch of(UUID organizationId, Boolean lineage) {
        return organizationId == null ? null : new OrganizationMatch(organizationId, Boolean.TRUE.equals(lineage));
    }

    /** The rule between the two parameters: {@code lineage=true} needs an {@code organizationId}. */
    public static void rules(Violations violations, Predicate<String> given, Boolean lineage) {
        if (Boolean.TRUE.equals(lineage) && !given.test("organizationId")) {
            violations.add("lineage", "applies only together with organizationId");
        }
    }
}
