package vn.antq.festival;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.antq.award.AwardService;
import vn.antq.organization.OrganizationService;
import vn.antq.record.Referrers;

import java.util.List;
import java.util.UUID;

/** Festivals refer to their organizing organizations and to the award decisions of their report. */
@ApplicationScoped
public class FestivalReferrers implements Referrers {

    @Inject
    FestivalRepository festivals;

    @Override
    public List<String> referringTo(String kind, UUID id) {
        return switch (kind) {
            case OrganizationService.KIND -> festivals.liveReferencesTo("select concat('festival ', cast(f.id as String)) "
                    + "from Festival f where :id member of f.organizerIds", id);
            case AwardService.KIND -> festivals.liveReferencesTo("select concat('festival ', cast(f.id as String)) "
                    + "from Festival f where :id member of f.awardDecisionIds", id);
            default -> List.of();
        };
    }
}
