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
            case OrganizationService.KIND -> programs.liveReferencesTo("""
                    select distinct concat('program ', p.code) from Program p
                    where :id member of p.signatoryIds
                       or exists (select 1 from Program q join q.reviews r where q.id = p.id and r.hostOrganizationId = :id)
                    """, id);
            case ProgramService.KIND -> programs.liveReferencesTo(
                    "select concat('program ', p.code) from Program p where p.parentId = :id", id);
            default -> List.of();
        };
    }
}
