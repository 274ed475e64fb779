package vn.antq.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.antq.document.DocumentService;
import vn.antq.organization.OrganizationService;
import vn.antq.record.Referrers;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reporting periods refer to their issuing organization; periods and targets cite documents. */
@ApplicationScoped
public class ReportingReferrers implements Referrers {

    @Inject
    ReportingPeriodRepository periods;
    @Inject
    TargetRepository targets;

    @Override
    public List<String> referringTo(String kind, UUID id) {
        return switch (kind) {
            case OrganizationService.KIND -> periods.referringToOrganization(id);
            case DocumentService.KIND -> {
                List<String> citing = new ArrayList<>(periods.citing(id));
                citing.addAll(targets.citing(id));
                yield citing;
            }
            default -> List.of();
        };
    }
}
