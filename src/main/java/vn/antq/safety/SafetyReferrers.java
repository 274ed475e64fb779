package vn.antq.safety;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.antq.organization.OrganizationService;
import vn.antq.record.Referrers;

import java.util.List;
import java.util.UUID;

/** Assessments refer to the organization assessed and to the recognizing authority. */
@ApplicationScoped
public class SafetyReferrers implements Referrers {

    @Inject
    SafetyRepository assessments;

    @Override
    public List<String> referringTo(String kind, UUID id) {
        return kind.equals(OrganizationService.KIND) ? assessments.referringToOrganization(id) : List.of();
    }
}
