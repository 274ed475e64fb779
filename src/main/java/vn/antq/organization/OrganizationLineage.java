package vn.antq.organization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.antq.organization.SuccessionDtos.SuccessionLink;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Resolves an {@link OrganizationMatch} to the organizations a list keeps the records of, in one query. */
@ApplicationScoped
public class OrganizationLineage {

    @Inject
    OrganizationSuccessionRepository successions;

    /**
     * The organizations that carried each of the given ones on (one event forward), by date: what a signed
     * record shows beside a party that no longer exists, without rewriting it.
     */
    public Map<UUID, List<SuccessionLink>> successorsOf(Collection<UUID> organizationIds) {
        return successions.successorLinks(organizationIds);
    }

    /** The organizations matched: none asked (null), the one named, or it and all its predecessors. */
    public List<UUID> organizations(OrganizationMatch match) {
        if (match == null) {
            return null;
        }
        return match.lineage() ? successions.selfAndPredecessors(match.organizationId()) : List.of(match.organizationId());
    }
}
