package vn.antq.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.antq.organization.OrganizationService;
import vn.antq.record.Referrers;

import java.util.List;
import java.util.UUID;

/**
 * Review conferences refer to their host organizations, the program or agreement they review, the
 * indicator report they present and the award decisions given at them. The kinds are named as those
 * features name them (the features themselves depend on this one for their deprecated reviews).
 */
@ApplicationScoped
public class ReviewConferenceReferrers implements Referrers {

    @Inject
    ReviewConferenceRepository conferences;

    @Override
    public List<String> referringTo(String kind, UUID id) {
        return switch (kind) {
            case OrganizationService.KIND -> conferences.referringToOrganization(id);
            case "program" -> conferences.referringToProgram(id);
            case "coordination agreement" -> conferences.referringToAgreement(id);
            case "indicator report" -> conferences.referringToIndicatorReport(id);
            case "award" -> conferences.referringToAward(id);
            default -> List.of();
        };
    }
}
