package vn.antq.grassroots;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.antq.adminunit.AdminUnit;
import vn.antq.adminunit.AdminUnitService;
import vn.antq.grassroots.ModelDtos.ModelFilter;
import vn.antq.grassroots.ModelDtos.ModelRequest;
import vn.antq.grassroots.ModelDtos.ModelSummary;
import vn.antq.grassroots.ModelDtos.ModelView;
import vn.antq.grassroots.ModelDtos.Recognition;
import vn.antq.grassroots.ModelDtos.Sponsor;
import vn.antq.grassroots.ModelDtos.StatusRequest;
import vn.antq.grassroots.ModelDtos.StatusView;
import vn.antq.grassroots.ModelDtos.Totals;
import vn.antq.organization.OrganizationLineage;
import vn.antq.organization.OrganizationService;
import vn.antq.record.RecordService;
import vn.antq.shared.error.Violations;
import vn.antq.shared.paging.Page;
import vn.antq.shared.paging.PageRequest;
import vn.antq.shared.paging.SortKey;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class ModelService extends RecordService<GrassrootsModel, ModelRequest, ModelView> {

    public static final String KIND = "model";

    public static final PageRequest.Sorts<ModelSummary> SORTS = new PageRequest.Sorts<>(
            List.of(new SortKey<>("name", "e.name", String.class, ModelSummary::name),
                    new SortKey<>("createdAt", "e.createdAt", Instant.class, ModelSummary::createdAt),
                    new SortKey<>("updatedAt", "e.updatedAt", Instant.class, ModelSummary::updatedAt)),
            new SortKey<>("name", "e.name", String.class, ModelSummary::name),
            new SortKey<>("id", "e.id", UUID.class, ModelSummary::id));

    @Inject
    OrganizationLineage lineage;
    @Inject
    ModelRepository models;
    @Inject
    OrganizationService organizations;
    @Inject
    AdminUnitService adminUnits;

    public ModelService() {
        super("models", KIND, GrassrootsModel::new);
    }

    /** One statement per page: the figures come from the view, joined, never a query per model. */
    public Page<ModelSummary> list(ModelFilter filter, PageRequest<ModelSummary> page) {
        return models.page(filter, lineage.organizations(filter.organization()), adminUnits.scope(filter.unit(), "unit"), page);
    }

    /** The live model, locked against deletion until the transaction ends; null when there is none. */
    public GrassrootsModel lockLive(UUID id) {
        return id == null ? null : models.lockLive(id).orElse(null);
    }

    @Override
    protected Map<String, String> referencesById() {
        return Map.of("sponsors", "sponsorIds");
    }

    @Override
    protected PanacheRepositoryBase<GrassrootsModel, UUID> repository() {
        return models;
    }

    @Override
    protected void validate(ModelRequest request, GrassrootsModel current, Violations violations) {
        AdminUnit unit = adminUnits.resolve(request.adminUnit(), "adminUnit", violations);
        adminUnits.checkEra(unit, request.establishedOn(), null, "adminUnit", violations);
        if (request.sponsorIds() != null) {
            if (new HashSet<>(request.sponsorIds()).size() < request.sponsorIds().size()) {
                violations.add("sponsorIds", "must not name an organization twice");
            }
            organizations.requireLive(request.sponsorIds(), "sponsorIds[]", violations);
        }
        checkReplicatedFrom(request.replicatedFromId(), current, violations);
        if (request.recognition() != null) {
            organizations.requireLive(java.util.Collections.singletonList(request.recognition().organizationId()),
                    "recognition.organizationId", violations);
            LocalDate on = request.recognition().recognizedOn();
            if (on != null && request.establishedOn() != null && on.isBefore(request.establishedOn())) {
                violations.add("recognition.recognizedOn", "must not be before establishedOn");
            }
        }
        checkStatus(request.status(), request.establishedOn(), current, violations);
    }

    /** A dissolved model says why; a new status entry never predates the current one or the model itself. */
    private static void checkStatus(StatusRequest status, LocalDate establishedOn, GrassrootsModel current,
                                    Violations violations) {
        if (status == null) {
            return;
        }
        if (status.status() == ModelStatus.dissolved && blankToNull(status.reason()) == null) {
            violations.add("status.reason", "is required when the model is dissolved");
        }
        if (status.since() == null) {
            return;
        }
        if (establishedOn != null && status.since().isBefore(establishedOn)) {
            violations.add("status.since", "must not be before establishedOn");
        }
        StatusEntry latest = current == null ? null : current.currentStatus();
        if (latest != null && !latest.says(status.status(), status.since(), blankToNull(status.reason()))
                && status.since().isBefore(latest.since)) {
            violations.add("status.since", "must not be before the date of the current status (" + latest.since
                    + "): the history is appended to, never rewritten");
        }
    }

    /** The model it was replicated from exists, and the chain never loops back. */
    private void checkReplicatedFrom(UUID sourceId, GrassrootsModel current, Violations violations) {
        if (sourceId == null) {
            return;
        }
        if (current != null && sourceId.equals(current.id)) {
            violations.add("replicatedFromId", "must not be the model itself");
            return;
        }
        GrassrootsModel source = lockLive(sourceId);
        if (source == null) {
            violations.add("replicatedFromId", "no model with id " + sourceId);
            return;
        }
        Set<UUID> seen = new HashSet<>();
        for (GrassrootsModel m = source; m != null && seen.add(m.id);
             m = m.replicatedFromId == null ? null : models.findById(m.replicatedFromId)) {
            if (current != null && m.id.equals(current.id)) {
                violations.add("replicatedFromId", "would make the model a replica of itself");
                return;
            }
        }
    }

    @Override
    protected void apply(GrassrootsModel model, ModelRequest request) {
        model.name = request.name().strip();
        model.description = request.description();
        model.category = request.category();
        model.topic = request.topic();
        model.unit = request.adminUnit().key();
        model.establishedOn = request.establishedOn();
        model.replicatedFromId = request.replicatedFromId();
        model.recognizedById = request.recognition() == null ? null : request.recognition().organizationId();
        model.recognitionDecision = request.recognition() == null ? null : blankToNull(request.recognition().decision());
        model.recognizedOn = request.recognition() == null ? null : request.recognition().recognizedOn();
        model.sponsorIds = new ArrayList<>(request.sponsorIds() == null ? List.of() : request.sponsorIds());
        // The history is appended to in place (never replaced), so that only the new entry is written.
        StatusRequest status = request.status();
        String reason = blankToNull(status.reason());
        StatusEntry latest = model.currentStatus();
        if (latest == null || !latest.says(status.status(), status.since(), reason)) {
            model.statusHistory.add(new StatusEntry(status.status(), status.since(), reason,
                    Instant.now().truncatedTo(ChronoUnit.MICROS)));
        }
    }

    @Override
    protected ModelView toView(GrassrootsModel m) {
        List<UUID> named = new ArrayList<>(m.sponsorIds);
        if (m.recognizedById != null) {
            named.add(m.recognizedById);
        }
        Map<UUID, String> names = organizations.names(named);
        List<Sponsor> sponsors = m.sponsorIds.stream().map(id -> new Sponsor(id, names.get(id))).toList();
        Recognition recognition = m.recognizedById == null ? null
                : new Recognition(m.recognizedById, names.get(m.recognizedById), m.recognitionDecision, m.recognizedOn);
        List<StatusView> history = m.statusHistory.stream()
                .map(s -> new StatusView(s.status, s.since, s.reason, s.recordedAt)).toList();
        ModelFigures figures = models.figures(m.id);
        Totals totals = figures == null ? new Totals(0, 0, 0)
                : new Totals(figures.pointCount, figures.teamCount, figures.memberCount);
        return new ModelView(m.id, m.name, m.description, m.category, m.topic, sponsors, adminUnits.label(m.unit),
                m.establishedOn, m.replicatedFromId, recognition, history.isEmpty() ? null : history.get(history.size() - 1),
                history, totals, m.createdAt, m.updatedAt);
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
