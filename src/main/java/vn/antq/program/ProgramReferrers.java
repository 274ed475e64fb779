package vn.antq.program;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.antq.organization.OrganizationService;
import vn.antq.record.Referrers;

import java.util.List;
import java.util.UUID;

/** Programs refer to their signatory and host organizations, and to the program they implement. */
@ApplicationScoped
public class ProgramReferrers implements Referrers {

    @Inject
    ProgramRepository programs;

    @Override
    public List<String> referringTo(String kind, UUID id) {
        return switch (kind) {
            case OrganizationService.KIND -> programs.referringToOrganization(id);
            case ProgramService.KIND -> programs.referringToProgram(id);
            default -> List.of();
        };
    }
}
