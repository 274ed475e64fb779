package vn.antq.organization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/** Resolves an {@link OrganizationMatch} to the organizations a list keeps the records of, in one query. */
@ApplicationScoped
public class OrganizationLineage {

    @Inject
    OrganizationSuccessionRepository successions;

    /** The organizations matched: none asked (null), the one named, or it and all its predecessors. */
    public List<java.util.UUID> organizations(OrganizationMatch match) {
        if (match == null) {
            return null;
        }
        return match.lineage() ? successions.selfAndPredecessors(match.organizationId()) : List.of(match.organizationId());
    }
}
