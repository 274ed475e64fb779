package vn.antq.grassroots;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ModelRepository implements PanacheRepositoryBase<GrassrootsModel, UUID> {

    /** The live model, locked against deletion until the caller's transaction ends. */
    public Optional<GrassrootsModel> lockLive(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_READ);
    }

    /** The live model, locked for the writing of one of its points until the caller's transaction ends. */
    public Optional<GrassrootsModel> lockForPointWrite(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public ModelFigures figures(UUID id) {
        return getEntityManager().find(ModelFigures.class, id);
    }

    public List<String> liveReferencesTo(String jpql, UUID id) {
        return getEntityManager().createQuery(jpql, String.class).setParameter("id", id).getResultList();
    }
}
