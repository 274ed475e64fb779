package vn.antq.program;

import jakarta.enterprise.context.ApplicationScoped;
import vn.antq.record.RecordRepository;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ProgramRepository implements RecordRepository<Program> {

    /** The live program, locked against deletion until the caller's transaction ends. */
    public Optional<Program> lockLive(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_READ);
    }

    public boolean codeTaken(String code, UUID exceptId) {
        return count("code = ?1 and (?2 is null or id <> ?2)", code, exceptId) > 0;
    }

    /** Programs that an organization signed (the review conferences it hosted say so themselves). */
    public List<String> referringToOrganization(UUID id) {
        return liveReferencesTo("select distinct concat('program ', p.code) from Program p where :id member of p.signatoryIds", id);
    }

    /** Programs that implement the program. */
    public List<String> referringToProgram(UUID id) {
        return liveReferencesTo("select concat('program ', p.code) from Program p where p.parentId = :id", id);
    }
}
