package vn.antq.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.antq.organization.OrganizationService;
import vn.antq.record.Referrers;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reports refer to their organization and to the indicators they report; indicators to their whole. */
@ApplicationScoped
public class IndicatorReferrers implements Referrers {

    @Inject
    IndicatorReportRepository reports;
    @Inject
    IndicatorRepository indicators;

    @Override
    public List<String> referringTo(String kind, UUID id) {
        if (kind.equals(OrganizationService.KIND)) {
            return reports.liveReferencesToOrganization(id);
        }
        if (kind.equals(IndicatorService.KIND)) {
            Indicator indicator = indicators.findById(id);
            if (indicator == null) {
                return List.of();
            }
            List<String> found = new ArrayList<>(indicators.partsOf(indicator.code));
            found.addAll(reports.liveReferencesToIndicator(indicator.code));
            return found;
        }
        return List.of();
    }
}
