package vn.antq.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.antq.indicator.IndicatorReportService;
import vn.antq.organization.OrganizationService;
import vn.antq.record.Referrers;

import java.util.List;
import java.util.UUID;

/** Campaigns refer to their organizers and to the indicator report that accounts for them. */
@ApplicationScoped
public class CampaignReferrers implements Referrers {

    @Inject
    CampaignRepository campaigns;

    @Override
    public List<String> referringTo(String kind, UUID id) {
        return switch (kind) {
            case OrganizationService.KIND -> campaigns.referringToOrganization(id);
            case IndicatorReportService.KIND -> campaigns.referringToIndicatorReport(id);
            default -> List.of();
        };
    }
}
