package vn.antq.grassroots;

import jakarta.enterprise.context.ApplicationScoped;
import vn.antq.record.RecordRepository;
import jakarta.persistence.LockModeType;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ModelRepository implements RecordRepository<GrassrootsModel> {

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

    private static final String MODEL = "concat('model ', m.name, ' (', cast(m.id as String), ')')";
    private static final String POINT = "concat('model point ', cast(p.id as String))";

    /** Models an organization sponsors or recognised, and the points it manages. */
    public List<String> referringToOrganization(UUID id) {
        List<String> found = new ArrayList<>(liveReferencesTo("select distinct " + MODEL + """
                 from GrassrootsModel m
                where m.recognizedById = :id
                   or exists (select 1 from GrassrootsModel n join n.sponsorIds s where n.id = m.id and s = :id)
                """, id));
        found.addAll(liveReferencesTo("select " + POINT + " from ModelPoint p where p.organizationId = :id", id));
        return found;
    }

    /** Models replicated from the model, and its points. */
    public List<String> referringToModel(UUID id) {
        List<String> found = new ArrayList<>(liveReferencesTo(
                "select " + MODEL + " from GrassrootsModel m where m.replicatedFromId = :id", id));
        found.addAll(liveReferencesTo("select " + POINT + " from ModelPoint p where p.modelId = :id", id));
        return found;
    }
}
