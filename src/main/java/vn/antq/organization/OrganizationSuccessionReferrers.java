package vn.antq.organization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.antq.record.Referrers;

import java.util.List;
import java.util.UUID;

/** Succession events refer to the organizations before and after them. */
@ApplicationScoped
public class OrganizationSuccessionReferrers implements Referrers {

    @Inject
    OrganizationSuccessionRepository successions;

    @Override
    public List<String> referringTo(String kind, UUID id) {
        return kind.equals(OrganizationService.KIND) ? successions.namingOrganization(id) : List.of();
    }
}
