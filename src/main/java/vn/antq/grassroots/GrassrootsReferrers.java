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
            case OrganizationService.KIND -> {
                List<String> found = new java.util.ArrayList<>(models.liveReferencesTo("""
                        select distinct concat('model ', m.name, ' (', cast(m.id as String), ')') from GrassrootsModel m
                        where m.recognizedById = :id
                           or exists (select 1 from GrassrootsModel n join n.sponsorIds s where n.id = m.id and s = :id)
                        """, id));
                found.addAll(models.liveReferencesTo(
                        "select concat('model point ', cast(p.id as String)) from ModelPoint p where p.organizationId = :id", id));
                yield found;
            }
            case ModelService.KIND -> {
                List<String> found = new java.util.ArrayList<>(models.liveReferencesTo(
                        "select concat('model ', m.name, ' (', cast(m.id as String), ')') from GrassrootsModel m "
                                + "where m.replicatedFromId = :id", id));
                found.addAll(models.liveReferencesTo(
                        "select concat('model point ', cast(p.id as String)) from ModelPoint p where p.modelId = :id", id));
                yield found;
            }
            default -> List.of();
        };
    }
}
