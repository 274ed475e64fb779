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
            case OrganizationService.KIND -> agreements.liveReferencesTo("""
                    select distinct concat('coordination agreement ', a.number, ' (', cast(a.id as String), ')')
                    from CoordinationAgreement a
                    where exists (select 1 from CoordinationAgreement b join b.parties p where b.id = a.id and p.organizationId = :id)
                       or exists (select 1 from CoordinationAgreement c join c.reviews r where c.id = a.id and r.hostOrganizationId = :id)
                    """, id);
            case ProgramService.KIND -> agreements.liveReferencesTo(
                    "select concat('coordination agreement ', a.number, ' (', cast(a.id as String), ')') "
                            + "from CoordinationAgreement a where a.programId = :id", id);
            default -> List.of();
        };
    }
}
