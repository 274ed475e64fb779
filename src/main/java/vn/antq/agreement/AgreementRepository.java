package vn.antq.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import vn.antq.adminunit.UnitScope;
import vn.antq.agreement.AgreementDtos.AgreementFilter;
import vn.antq.agreement.AgreementDtos.AgreementSummary;
import vn.antq.record.RecordRepository;
import vn.antq.shared.paging.ListQuery;
import vn.antq.shared.paging.Page;
import vn.antq.shared.paging.PageRequest;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AgreementRepository implements RecordRepository<CoordinationAgreement> {

    /** One page of the list: the filters that are set, within {@code scope} (null: the whole country). */
    public Page<AgreementSummary> page(AgreementFilter filter, List<UUID> organizationIds, UnitScope scope, PageRequest<AgreementSummary> page) {
        ListQuery query = new ListQuery()
                .filter("e.programId = :programId", "programId", filter.programId())
                .filter("exists (select 1 from CoordinationAgreement a join a.parties p where a.id = e.id and p.organizationId = :partyId)",
                        "partyId", filter.partyId())
                .filter("e.status = :status", "status", filter.status())
                .filter("e.validFrom <= :validOn and (e.validTo is null or e.validTo >= :validOn)", "validOn", filter.validOn())
                .filter("e.signedOn >= :signedFrom", "signedFrom", filter.signedFrom())
                .filter("e.signedOn <= :signedTo", "signedTo", filter.signedTo())
                .filter("exists (select 1 from CoordinationAgreement a join a.parties p where a.id = e.id and p.organizationId in :organizationIds)",
                        "organizationIds", organizationIds)
                .search(filter.q());
        UnitScope.restrict(query, scope);
        return query.page(getEntityManager(), """
                select e.id, e.programId, e.number, e.title,
                    e.signedOn, e.validFrom, e.validTo, u.id.era, u.id.code, u.level, u.fullName, e.status,
                    e.createdAt, e.updatedAt
                from CoordinationAgreement e left join AdminUnit u on u.id.era = e.unit.era and u.id.code = e.unit.code""",
                AgreementSummary.class, page);
    }

    private static final String NAMED = "concat('coordination agreement ', a.number, ' (', cast(a.id as String), ')')";

    /** Agreements of which an organization is a party (the review conferences it hosted say so themselves). */
    public List<String> referringToOrganization(UUID id) {
        return liveReferencesTo("select distinct " + NAMED + """
                 from CoordinationAgreement a
                where exists (select 1 from CoordinationAgreement b join b.parties p where b.id = a.id and p.organizationId = :id)
                """, id);
    }

    /** Agreements that implement the program. */
    public List<String> referringToProgram(UUID id) {
        return liveReferencesTo("select " + NAMED + " from CoordinationAgreement a where a.programId = :id", id);
    }
}
