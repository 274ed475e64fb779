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

    private static final String NAMED = "concat('award ', a.number, ' (', cast(a.id as String), ')')";

    @Inject
    AwardRepository awards;

    @Override
    public List<String> referringTo(String kind, UUID id) {
        return switch (kind) {
            case OrganizationService.KIND -> awards.liveReferencesTo("select distinct " + NAMED + """
                     from AwardDecision a
                    where a.issuerId = :id
                       or exists (select 1 from AwardDecision b join b.recipients r where b.id = a.id and r.organizationId = :id)
                    """, id);
            case ProgramService.KIND -> awards.liveReferencesTo(
                    "select " + NAMED + " from AwardDecision a where a.occasionProgramId = :id", id);
            case AgreementService.KIND -> awards.liveReferencesTo(
                    "select " + NAMED + " from AwardDecision a where a.occasionAgreementId = :id", id);
            default -> List.of();
        };
    }
}
