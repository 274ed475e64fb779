package vn.antq.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.antq.organization.OrganizationService;
import vn.antq.program.ProgramService;
import vn.antq.record.Referrers;

import java.util.List;
import java.util.UUID;

/** Agreements refer to their party and host organizations, and to the program they implement. */
@ApplicationScoped
public class AgreementReferrers implements Referrers {

    @Inject
    AgreementRepository agreements;

    @Override
    public List<String> referringTo(String kind, UUID id) {
        return switch (kind) {
            case OrganizationService.KIND -> agreements.referringToOrganization(id);
            case ProgramService.KIND -> agreements.referringToProgram(id);
            default -> List.of();
        };
    }
}
