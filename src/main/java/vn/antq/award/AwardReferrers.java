package vn.antq.award;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.antq.agreement.AgreementService;
import vn.antq.organization.OrganizationService;
import vn.antq.program.ProgramService;
import vn.antq.record.Referrers;

import java.util.List;
import java.util.UUID;

/** Award decisions refer to their issuer and recipient organizations, and to the program or agreement of their occasion. */
@ApplicationScoped
public class AwardReferrers implements Referrers {

    @Inject
    AwardRepository awards;

    @Override
    public List<String> referringTo(String kind, UUID id) {
        return switch (kind) {
            case OrganizationService.KIND -> awards.referringToOrganization(id);
            case ProgramService.KIND -> awards.referringToProgram(id);
            case AgreementService.KIND -> awards.referringToAgreement(id);
            default -> List.of();
        };
    }
}
