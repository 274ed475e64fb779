package vn.antq.organization;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.antq.adminunit.AdminUnitService;
import vn.antq.organization.OrganizationDtos.OrganizationFilter;
import vn.antq.organization.OrganizationDtos.OrganizationRequest;
import vn.antq.organization.OrganizationDtos.OrganizationSummary;
import vn.antq.organization.OrganizationDtos.OrganizationView;
import vn.antq.organization.SuccessionDtos.SuccessionLink;
import vn.antq.record.RecordService;
import vn.antq.record.Versioned;
import vn.antq.shared.error.Violations;
import vn.antq.shared.paging.Page;
import vn.antq.shared.paging.PageRequest;
import vn.antq.shared.paging.SortKey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class OrganizationService extends RecordService<Organization, OrganizationRequest, OrganizationView> {

    public static final String KIND = "organization";
    /** Deeper than any real hierarchy (ministry, province, district, commune, village); guards against cycles. */
    private static final int MAX_DEPTH = 16;

    public static final PageRequest.Sorts<OrganizationSummary> SORTS = new PageRequest.Sorts<>(
            List.of(new SortKey<>("name", "e.name", String.class, OrganizationSummary::name),
                    new SortKey<>("createdAt", "e.createdAt", Instant.class, OrganizationSummary::createdAt),
                    new SortKey<>("updatedAt", "e.updatedAt", Instant.class, OrganizationSummary::updatedAt)),
            new SortKey<>("name", "e.name", String.class, OrganizationSummary::name),
            new SortKey<>("id", "e.id", UUID.class, OrganizationSummary::id));

    @Inject
    OrganizationRepository organizations;
    @Inject
    AdminUnitService adminUnits;
    @Inject
    OrganizationSuccessionRepository successions;

    public OrganizationService() {
        super("organizations", KIND, Organization::new);
    }

    public Page<OrganizationSummary> list(OrganizationFilter filter, PageRequest<OrganizationSummary> page) {
        return organizations.page(filter, adminUnits.scope(filter.unit(), "unit"), page);
    }

    /**
     * Checks that the given organizations exist and are live, locking them against deletion until the
     * caller's transaction ends. Each missing one is reported under {@code field} with {@code []}
     * replaced by its index.
     */
    public void requireLive(List<UUID> ids, String field, Violations violations) {
        Set<UUID> wanted = ids.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        Set<UUID> found = organizations.lockLive(wanted).stream().map(o -> o.id).collect(Collectors.toSet());
        for (int i = 0; i < ids.size(); i++) {
            UUID id = ids.get(i);
            if (id != null && !found.contains(id)) {
                violations.add(field.replace("[]", "[" + i + "]"), "no organization with id " + id);
            }
        }
    }

    /** Names of the given organizations, for the records that list them as parties, signatories or hosts. */
    public Map<UUID, String> names(Collection<UUID> ids) {
        return organizations.names(ids);
    }

    @Override
    protected PanacheRepositoryBase<Organization, UUID> repository() {
        return organizations;
    }

    @Override
    protected void validate(OrganizationRequest request, Organization current, Violations violations) {
        if (request.activeFrom() != null && request.activeTo() != null && request.activeTo().isBefore(request.activeFrom())) {
            violations.add("activeTo", "must not be before activeFrom");
        }
        adminUnits.checkRecordUnit(request.level(), request.adminUnit(), request.activeFrom(), request.activeTo(),
                "adminUnit", violations);
        checkParent(request.parentId(), current == null ? null : current.id, violations);
        if (current != null) {
            successions.endingEvent(current.id, null).ifPresent(event -> {
                LocalDate end = ((LocalDate) event[1]).minusDays(1);
                if (!end.equals(request.activeTo())) {
                    violations.add("activeTo", "must be " + end + ": the organization succession " + event[0]
                            + " effective " + event[1] + " ended it");
                }
            });
        }
    }

    private void checkParent(UUID parentId, UUID id, Violations violations) {
        if (parentId == null) {
            return;
        }
        if (parentId.equals(id)) {
            violations.add("parentId", "must not be the organization itself");
            return;
        }
        requireLive(List.of(parentId), "parentId", violations);
        if (id != null && isAncestorOrSelf(id, parentId)) {
            violations.add("parentId", "would make the organization its own ancestor");
        }
    }

    private boolean isAncestorOrSelf(UUID candidate, UUID start) {
        Set<UUID> seen = new HashSet<>();
        UUID current = start;
        for (int depth = 0; current != null && depth < MAX_DEPTH && seen.add(current); depth++) {
            if (current.equals(candidate)) {
                return true;
            }
            Organization next = organizations.findById(current);
            current = next == null ? null : next.parentId;
        }
        return current != null && current.equals(candidate);
    }

    @Override
    protected void apply(Organization organization, OrganizationRequest request) {
        organization.name = request.name().strip();
        organization.shortName = request.shortName();
        organization.type = request.type();
        organization.level = request.level();
        organization.unit = request.adminUnit() == null ? null : request.adminUnit().key();
        organization.parentId = request.parentId();
        organization.activeFrom = request.activeFrom();
        organization.activeTo = request.activeTo();
        organization.note = request.note();
    }

    @Override
    protected OrganizationView toView(Organization o) {
        return view(o, successions.predecessorLinks(o.id), successions.successorLinks(o.id));
    }

    /** A page of the change feed: the succession links of all its organizations in two queries, not two per record. */
    @Override
    public Map<UUID, Versioned<OrganizationView>> liveViews(Collection<UUID> ids) {
        Map<UUID, Versioned<OrganizationView>> views = new HashMap<>();
        if (ids.isEmpty()) {
            return views;
        }
        Map<UUID, List<SuccessionLink>> before = successions.predecessorLinks(ids);
        Map<UUID, List<SuccessionLink>> after = successions.successorLinks(ids);
        for (Organization o : organizations.list("id in ?1 and deletedAt is null", ids)) {
            views.put(o.id, new Versioned<>(view(o, before.getOrDefault(o.id, List.of()), after.getOrDefault(o.id, List.of())),
                    o.version));
        }
        return views;
    }

    private OrganizationView view(Organization o, List<SuccessionLink> predecessors, List<SuccessionLink> successors) {
        return new OrganizationView(o.id, o.name, o.shortName, o.type, o.level, adminUnits.label(o.unit),
                o.parentId, o.activeFrom, o.activeTo, o.note, predecessors, successors, o.createdAt, o.updatedAt);
    }

}
