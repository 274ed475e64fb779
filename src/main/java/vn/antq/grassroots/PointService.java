package vn.antq.grassroots;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import vn.antq.adminunit.AdminUnit;
import vn.antq.adminunit.AdminUnitKey;
import vn.antq.adminunit.AdminUnitService;
import vn.antq.grassroots.ModelDtos.PointFilter;
import vn.antq.grassroots.ModelDtos.PointRequest;
import vn.antq.grassroots.ModelDtos.PointSummary;
import vn.antq.grassroots.ModelDtos.PointView;
import vn.antq.grassroots.ModelDtos.PointWrite;
import vn.antq.organization.OrganizationService;
import vn.antq.record.RecordService;
import vn.antq.shared.audit.Audited;
import vn.antq.shared.error.ApiProblem;
import vn.antq.shared.error.Violations;
import vn.antq.shared.paging.Page;
import vn.antq.shared.paging.PageRequest;
import vn.antq.shared.paging.SortKey;

import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The points of a model. A point is written by whoever may write its model (the model's unit decides),
 * and its changes are recorded in the model's history (collection {@code models}). A point write
 * changes the model's derived totals, so it moves the model's version (and ETag) on too; the model is
 * locked first, so that writes to the points of one model never deadlock.
 */
@ApplicationScoped
public class PointService extends RecordService<ModelPoint, PointWrite, PointView> {

    public static final String KIND = "model point";

    public static final PageRequest.Sorts<PointSummary> SORTS = new PageRequest.Sorts<>(
            List.of(new SortKey<>("createdAt", "e.createdAt", Instant.class, PointSummary::createdAt),
                    new SortKey<>("updatedAt", "e.updatedAt", Instant.class, PointSummary::updatedAt)),
            new SortKey<>("createdAt", "e.createdAt", Instant.class, PointSummary::createdAt),
            new SortKey<>("id", "e.id", UUID.class, PointSummary::id));

    @Inject
    PointRepository points;
    @Inject
    ModelService models;
    @Inject
    ModelRepository modelRecords;
    @Inject
    OrganizationService organizations;
    @Inject
    AdminUnitService adminUnits;
    @Inject
    Validator beanValidator;

    public PointService() {
        super("models", KIND, ModelPoint::new);
    }

    /** Points have a change feed of their own, apart from their models'. */
    @Override
    public String changeCollection() {
        return "model-points";
    }

    public Page<PointSummary> list(UUID modelId, PointFilter filter, PageRequest<PointSummary> page) {
        if (modelRecords.findByIdOptional(modelId).isEmpty()) {
            throw ApiProblem.notFound(ModelService.KIND, modelId);
        }
        return points.page(modelId, filter, adminUnits.scope(filter.unit(), "unit"), page);
    }

    /** 404 unless the point exists and belongs to the model (a point never moves to another model). */
    public void requireInModel(UUID modelId, UUID pointId) {
        ModelPoint point = points.findById(pointId);
        if (point == null || !point.modelId.equals(modelId)) {
            throw ApiProblem.notFound(KIND, pointId);
        }
    }

    @Override
    protected PanacheRepositoryBase<ModelPoint, UUID> repository() {
        return points;
    }

    /** The model's unit decides who may write its points. */
    @Override
    protected AdminUnitKey unitOf(ModelPoint point) {
        return modelUnit(point.modelId);
    }

    @Override
    protected AdminUnitKey unitOf(PointWrite write) {
        return modelUnit(write.modelId());
    }

    private AdminUnitKey modelUnit(UUID modelId) {
        GrassrootsModel model = modelRecords.findById(modelId);
        if (model == null) {
            throw ApiProblem.notFound(ModelService.KIND, modelId);
        }
        return model.unit;
    }

    @Override
    protected void validate(PointWrite write, ModelPoint current, Violations violations) {
        if (modelRecords.lockForPointWrite(write.modelId()).isEmpty()) {
            throw ApiProblem.notFound(ModelService.KIND, write.modelId());
        }
        PointRequest request = write.point();
        if (request == null) {
            violations.add("body", "is required");
            return;
        }
        beanValidator.validate(request).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> violations.add(v.getPropertyPath().toString(), v.getMessage()));
        AdminUnit unit = adminUnits.resolve(request.adminUnit(), "adminUnit", violations);
        adminUnits.checkEra(unit, request.startedOn(), null, "adminUnit", violations);
        organizations.requireLive(Collections.singletonList(request.organizationId()), "organizationId", violations);
    }

    @Override
    protected void apply(ModelPoint point, PointWrite write) {
        PointRequest request = write.point();
        point.modelId = write.modelId();
        point.name = ModelService.blankToNull(request.name());
        point.unit = request.adminUnit().key();
        point.organizationId = request.organizationId();
        point.startedOn = request.startedOn();
        point.teams = request.teams();
        point.members = request.members();
        point.note = request.note();
        modelRecords.findById(write.modelId()).touch();
    }

    /** A point's replace body is its point fields; the model comes from the path, as for a replace. */
    @Override
    protected PointWrite patched(ModelPoint point, JsonNode patch) {
        return new PointWrite(point.modelId, patchedBody(toView(point), patch, PointRequest.class));
    }

    /** Deletes the point and moves its model's version on (its totals change). */
    @Override
    @Transactional
    @Audited
    public void delete(UUID id, Long expectedVersion) {
        ModelPoint point = points.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound(KIND, id));
        GrassrootsModel model = modelRecords.lockForPointWrite(point.modelId)
                .orElseThrow(() -> ApiProblem.notFound(KIND, id));
        super.delete(id, expectedVersion);
        model.touch();
        modelRecords.flush();
    }

    @Override
    protected PointView toView(ModelPoint p) {
        Map<UUID, String> names = p.organizationId == null ? Map.of() : organizations.names(List.of(p.organizationId));
        return new PointView(p.id, p.modelId, p.name, adminUnits.label(p.unit), p.organizationId,
                p.organizationId == null ? null : names.get(p.organizationId), p.startedOn, p.teams, p.members, p.note,
                p.createdAt, p.updatedAt);
    }
}
