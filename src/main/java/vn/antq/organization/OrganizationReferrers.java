package vn.antq.organization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.antq.record.Referrers;

import java.util.List;
import java.util.UUID;

/** Organizations refer to their parent organization. */
@ApplicationScoped
public class OrganizationReferrers implements Referrers {

    @Inject
    OrganizationRepository organizations;

    @Override
    public List<String> referringTo(String kind, UUID id) {
        if (!kind.equals(OrganizationService.KIND)) {
            return List.of();
        }
        return organizations.liveChildren(id).stream().map(child -> "organization " + child).toList();
    }
}
