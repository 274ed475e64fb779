package vn.antq.festival;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.antq.organization.OrganizationService;
import vn.antq.shared.persistence.Referrers;

import java.util.List;
import java.util.UUID;

/** Festivals refer to their organizing organizations. */
@ApplicationScoped
public class FestivalReferrers implements Referrers {

    @Inject
    FestivalRepository festivals;

    @Override
    public List<String> referringTo(String kind, UUID id) {
        if (!kind.equals(OrganizationService.KIND)) {
            return List.of();
        }
        return festivals.liveReferencesTo("select concat('festival ', cast(f.id as String)) from Festival f "
                + "where :id member of f.organizerIds", id);
    }
}
