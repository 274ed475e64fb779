package vn.antq.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import vn.antq.record.RecordRepository;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AgreementRepository implements RecordRepository<CoordinationAgreement> {

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
