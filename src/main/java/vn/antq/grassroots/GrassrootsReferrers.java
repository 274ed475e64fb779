package vn.antq.grassroots;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.antq.organization.OrganizationService;
import vn.antq.record.Referrers;

import java.util.List;
import java.util.UUID;

/**
 * Models refer to their sponsors, to the organization that recognised them and to the model they were
 * replicated from; points to their model and their managing organization.
 */
@ApplicationScoped
public class GrassrootsReferrers implements Referrers {

    @Inject
    ModelRepository models;

    @Override
    public List<String> referringTo(String kind, UUID id) {
        return switch (kind) {
            case OrganizationService.KIND -> models.referringToOrganization(id);
            case ModelService.KIND -> models.referringToModel(id);
            default -> List.of();
        };
    }
}
