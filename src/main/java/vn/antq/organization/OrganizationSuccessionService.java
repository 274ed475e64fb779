package vn.antq.organization;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.antq.adminunit.AdminUnitKey;
import vn.antq.adminunit.AreaAccess;
import vn.antq.organization.OrganizationSuccessionRepository.Edge;
import vn.antq.organization.OrganizationSuccessionRepository.Parts;
import vn.antq.organization.SuccessionDtos.LineageMember;
import vn.antq.organization.SuccessionDtos.LineageView;
import vn.antq.organization.SuccessionDtos.OrganizationRef;
import vn.antq.organization.SuccessionDtos.SuccessionFilter;
import vn.antq.organization.SuccessionDtos.SuccessionRequest;
import vn.antq.organization.SuccessionDtos.SuccessionRow;
import vn.antq.organization.SuccessionDtos.SuccessionSummary;
import vn.antq.organization.SuccessionDtos.SuccessionView;
import vn.antq.organization.SuccessionDtos.SuccessorRequest;
import vn.antq.record.RecordService;
import vn.antq.shared.audit.Audited;
import vn.antq.shared.error.ApiProblem;
import vn.antq.shared.error.Violations;
import vn.antq.shared.paging.Page;
import vn.antq.shared.paging.PageRequest;
import vn.antq.shared.paging.SortKey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Succession events of organizations. Writing an event ends its predecessors (every kind but
 * functions_transferred sets their activeTo to the day before the event; changing or deleting the event
 * moves or lifts that end again), and refuses what would contradict the registry: an organization that
 * did not exist on its side of the date (400), an organization already ended by another event or on
 * another day, or a cycle in the lineage (409).
 */
@ApplicationScoped
public class OrganizationSuccessionService
        extends RecordService<OrganizationSuccession, SuccessionRequest, SuccessionView> {

    public static final String KIND = "organization succession";

    public static final PageRequest.Sorts<SuccessionRow> SORTS = new PageRequest.Sorts<>(
            List.of(new SortKey<>("effectiveOn", "e.effectiveOn", LocalDate.class, SuccessionRow::effectiveOn),
                    new SortKey<>("createdAt", "e.createdAt", Instant.class, SuccessionRow::createdAt),
                    new SortKey<>("updatedAt", "e.updatedAt", Instant.class, SuccessionRow::updatedAt)),
            new SortKey<>("effectiveOn", "e.effectiveOn", LocalDate.class, SuccessionRow::effectiveOn),
            new SortKey<>("id", "e.id", UUID.class, SuccessionRow::id));

    @Inject
    OrganizationSuccessionRepository successions;
    @Inject
    OrganizationRepository organizations;
    @Inject
    OrganizationService organizationService;
    @Inject
    AreaAccess areas;

    public OrganizationSuccessionService() {
        super("organization-successions", KIND, OrganizationSuccession::new);
    }

    @Override
    protected PanacheRepositoryBase<OrganizationSuccession, UUID> repository() {
        return successions;
    }

    /** No change feed of its own: the organizations it ends appear in theirs. */
    @Override
    public String changeCollection() {
        return null;
    }

    public Page<SuccessionSummary> list(SuccessionFilter filter, PageRequest<SuccessionRow> page) {
        Page<SuccessionRow> rows = successions.page(filter, page);
        Map<UUID, Parts> parts = successions.parts(rows.items().stream().map(SuccessionRow::id).toList());
        return new Page<>(rows.items().stream().map(row -> new SuccessionSummary(row.id(), row.kind(), row.effectiveOn(),
                parts.get(row.id()).predecessors(), parts.get(row.id()).successors(), row.legalBasis(),
                row.createdAt(), row.updatedAt())).toList(), rows.nextCursor());
    }

    /** The organization's chain both ways: its predecessors and successors at any distance and the events between. */
    public LineageView lineage(UUID organizationId) {
        Organization self = organizations.findByIdOptional(organizationId)
                .orElseThrow(() -> ApiProblem.notFound("organization", organizationId));
        List<Edge> back = successions.chain(organizationId, true, null);
        List<Edge> forward = successions.chain(organizationId, false, null);
        Set<UUID> named = new HashSet<>();
        Set<UUID> events = new LinkedHashSet<>();
        Stream.concat(back.stream(), forward.stream()).forEach(edge -> {
            named.add(edge.organizationId());
            events.add(edge.successionId());
        });
        Map<UUID, Organization> found = new HashMap<>();
        if (!named.isEmpty()) {
            organizations.list("id in ?1", named).forEach(o -> found.put(o.id, o));
        }
        List<SuccessionView> views = new ArrayList<>();
        if (!events.isEmpty()) {
            Map<UUID, Parts> parts = successions.parts(events);
            for (OrganizationSuccession event : successions.list("id in ?1", events)) {
                Parts p = parts.get(event.id);
                views.add(new SuccessionView(event.id, event.kind, event.effectiveOn, p.predecessors(), p.successors(),
                        event.legalBasis, event.note, event.createdAt, event.updatedAt));
            }
        }
        views.sort(Comparator.comparing(SuccessionView::effectiveOn).thenComparing(v -> v.id().toString()));
        return new LineageView(new OrganizationRef(self.id, self.name), members(back, found, organizationId),
                members(forward, found, organizationId), views);
    }

    private static List<LineageMember> members(List<Edge> edges, Map<UUID, Organization> found, UUID self) {
        Map<UUID, Integer> nearest = new HashMap<>();
        for (Edge edge : edges) {
            if (!edge.organizationId().equals(self)) {
                nearest.merge(edge.organizationId(), edge.distance(), Math::min);
            }
        }
        return nearest.entrySet().stream()
                .filter(entry -> found.containsKey(entry.getKey()))
                .map(entry -> {
                    Organization o = found.get(entry.getKey());
                    return new LineageMember(o.id, o.name, o.activeFrom, o.activeTo, entry.getValue());
                })
                .sorted(Comparator.comparingInt(LineageMember::distance).thenComparing(LineageMember::name))
                .toList();
    }

    @Override
    protected void validate(SuccessionRequest request, OrganizationSuccession current, Violations violations) {
        if (request.kind() == null || request.effectiveOn() == null || request.predecessorIds() == null
                || request.predecessorIds().contains(null)
                || request.successorsOrEmpty().stream().anyMatch(s -> s == null || s.organizationId() == null)) {
            return; // reported by the declared constraints
        }
        List<UUID> before = request.predecessorIds();
        List<SuccessorRequest> after = request.successorsOrEmpty();
        checkShape(request.kind(), before, after, violations);
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < before.size(); i++) {
            if (!seen.add(before.get(i))) {
                violations.add("predecessorIds[" + i + "]", "names an organization that is already a predecessor");
            }
        }
        Set<UUID> successorsSeen = new HashSet<>();
        for (int i = 0; i < after.size(); i++) {
            UUID id = after.get(i).organizationId();
            if (seen.contains(id)) {
                violations.add("successors[" + i + "].organizationId", "names an organization that is also a predecessor");
            } else if (!successorsSeen.add(id)) {
                violations.add("successors[" + i + "].organizationId", "names an organization that is already a successor");
            }
        }
        organizationService.requireLive(before, "predecessorIds[]", violations);
        organizationService.requireLive(after.stream().map(SuccessorRequest::organizationId).toList(),
                "successors[].organizationId", violations);
        if (!violations.isEmpty()) {
            return;
        }
        LocalDate on = request.effectiveOn();
        LocalDate end = on.minusDays(1);
        for (int i = 0; i < before.size(); i++) {
            Organization o = organizations.findById(before.get(i));
            if (o.activeFrom != null && !o.activeFrom.isBefore(on)) {
                violations.add("predecessorIds[" + i + "]", o.name + " began on " + o.activeFrom
                        + ", not before the event of " + on);
            }
        }
        for (int i = 0; i < after.size(); i++) {
            Organization o = organizations.findById(after.get(i).organizationId());
            if (o.activeFrom != null && o.activeFrom.isAfter(on)) {
                violations.add("successors[" + i + "].organizationId", o.name + " was created on " + o.activeFrom
                        + ", after the event of " + on);
            } else if (o.activeTo != null && o.activeTo.isBefore(on)) {
                violations.add("successors[" + i + "].organizationId", o.name + " had ended on " + o.activeTo
                        + ", before the event of " + on);
            }
        }
        violations.throwIfAny();

        // What the other events say: each organization ends once, and nothing precedes itself.
        UUID self = current == null ? null : current.id;
        Set<UUID> all = new HashSet<>(before);
        after.forEach(s -> all.add(s.organizationId()));
        successions.lockOrganizations(all);
        if (request.kind().endsPredecessors()) {
            for (UUID id : before) {
                Organization o = organizations.findById(id);
                successions.endingEvent(id, self).ifPresent(other -> {
                    throw ApiProblem.conflict(o.name + " was already ended by the organization succession " + other[0]
                            + " effective " + other[1] + "; an organization ends once.");
                });
                boolean endedByThis = current != null && current.kind.endsPredecessors()
                        && current.predecessorIds.contains(id) && current.effectiveOn.minusDays(1).equals(o.activeTo);
                if (o.activeTo != null && !o.activeTo.equals(end) && !endedByThis) {
                    throw ApiProblem.conflict(o.name + " is recorded as active until " + o.activeTo
                            + ", but an event effective " + on + " would end it on " + end
                            + "; an organization ends once: correct its activeTo or the event's date.");
                }
            }
        }
        Set<UUID> successorIds = new HashSet<>();
        after.forEach(s -> successorIds.add(s.organizationId()));
        for (UUID id : before) {
            for (Edge edge : successions.chain(id, true, self)) {
                if (successorIds.contains(edge.organizationId())) {
                    Organization o = organizations.findById(edge.organizationId());
                    throw ApiProblem.conflict("The lineage would have a cycle: " + o.name
                            + " already precedes " + organizations.findById(id).name + ".");
                }
            }
        }
    }

    private static void checkShape(SuccessionKind kind, List<UUID> before, List<SuccessorRequest> after, Violations violations) {
        switch (kind) {
            case merged -> {
                if (after.size() != 1) {
                    violations.add("successors", "must name exactly one organization for a merger");
                }
            }
            case split -> {
                if (before.size() != 1) {
                    violations.add("predecessorIds", "must name exactly one organization for a split");
                }
                if (after.size() < 2) {
                    violations.add("successors", "must name at least two organizations for a split");
                }
                for (int i = 0; i < after.size(); i++) {
                    if (after.get(i).receives() == null || after.get(i).receives().isBlank()) {
                        violations.add("successors[" + i + "].receives", "must say what passed to it in a split");
                    }
                }
            }
            case renamed -> {
                if (before.size() != 1) {
                    violations.add("predecessorIds", "must name exactly one organization for a renaming");
                }
                if (after.size() != 1) {
                    violations.add("successors", "must name exactly one organization (under its new name) for a renaming");
                }
            }
            case functions_transferred -> {
                if (after.isEmpty()) {
                    violations.add("successors", "must name at least one organization that receives the functions");
                }
            }
            case dissolved -> {
                // Whoever carries on the functions, if anyone, is named as a successor.
            }
        }
    }

    @Override
    protected AdminUnitKey unitOf(OrganizationSuccession event) {
        return event.predecessorIds.isEmpty() ? null : unitOfOrganization(event.predecessorIds.get(0));
    }

    @Override
    protected AdminUnitKey unitOf(SuccessionRequest request) {
        return request.predecessorIds() == null || request.predecessorIds().isEmpty() ? null
                : unitOfOrganization(request.predecessorIds().get(0));
    }

    private AdminUnitKey unitOfOrganization(UUID id) {
        Organization o = id == null ? null : organizations.findById(id);
        return o == null ? null : o.unit;
    }

    /** The caller must be allowed to write every organization an event names, before and after the change. */
    private void requireWriteAll(List<UUID> before, List<UUID> after) {
        Stream.concat(before.stream(), after.stream()).filter(Objects::nonNull).distinct()
                .forEach(id -> areas.requireWrite(unitOfOrganization(id)));
    }

    @Override
    protected void apply(OrganizationSuccession event, SuccessionRequest request) {
        requireWriteAll(event.predecessorIds, event.successors.stream().map(s -> s.organizationId).toList());
        requireWriteAll(request.predecessorIds(), request.successorsOrEmpty().stream().map(SuccessorRequest::organizationId).toList());
        release(event);
        event.kind = request.kind();
        event.effectiveOn = request.effectiveOn();
        event.legalBasis = request.legalBasis() == null || request.legalBasis().isBlank() ? null : request.legalBasis().strip();
        event.note = request.note();
        event.predecessorIds = new ArrayList<>(request.predecessorIds());
        event.successors = new ArrayList<>(request.successorsOrEmpty().stream()
                .map(s -> new OrganizationSuccession.Share(s.organizationId(), s.receives())).toList());
        if (event.kind.endsPredecessors()) {
            LocalDate end = event.effectiveOn.minusDays(1);
            for (UUID id : event.predecessorIds) {
                organizations.findById(id).activeTo = end;
            }
        }
    }

    /** Lifts the end that the event, as it stands, gave its predecessors. */
    private void release(OrganizationSuccession event) {
        if (event.kind == null || !event.kind.endsPredecessors()) {
            return;
        }
        LocalDate end = event.effectiveOn.minusDays(1);
        for (UUID id : event.predecessorIds) {
            Organization o = organizations.findById(id);
            if (o != null && end.equals(o.activeTo)) {
                o.activeTo = null;
            }
        }
    }

    /** Deleting an event lifts the end it gave its predecessors. */
    @Override
    @Transactional
    @Audited
    public void delete(UUID id, Long expectedVersion) {
        OrganizationSuccession event = require(id);
        requireWriteAll(event.predecessorIds, event.successors.stream().map(s -> s.organizationId).toList());
        successions.lockOrganizations(event.predecessorIds);
        release(event);
        super.delete(id, expectedVersion);
    }

    @Override
    protected Map<String, String> referencesById() {
        return Map.of("predecessors", "predecessorIds");
    }

    @Override
    protected SuccessionView toView(OrganizationSuccession e) {
        List<UUID> ids = new ArrayList<>(e.predecessorIds);
        e.successors.forEach(s -> ids.add(s.organizationId));
        Map<UUID, String> names = organizationService.names(ids);
        return new SuccessionView(e.id, e.kind, e.effectiveOn,
                e.predecessorIds.stream().map(id -> new OrganizationRef(id, names.get(id))).toList(),
                e.successors.stream().map(s -> new SuccessionDtos.SuccessorView(s.organizationId, names.get(s.organizationId),
                        s.receives)).toList(),
                e.legalBasis, e.note, e.createdAt, e.updatedAt);
    }
}
