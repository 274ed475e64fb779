package vn.antq.program;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ProgramRepository implements PanacheRepositoryBase<Program, UUID> {

    /** The live program, locked against deletion until the caller's transaction ends. */
    public Optional<Program> lockLive(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_READ);
    }

    public boolean codeTaken(String code, UUID exceptId) {
        return count("code = ?1 and (?2 is null or id <> ?2)", code, exceptId) > 0;
    }

    public List<String> liveReferencesTo(String jpql, UUID id) {
        return getEntityManager().createQuery(jpql, String.class).setParameter("id", id).getResultList();
    }
}
