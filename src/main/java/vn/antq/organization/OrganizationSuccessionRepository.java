package vn.antq.organization;

import jakarta.enterprise.context.ApplicationScoped;
import vn.antq.organization.SuccessionDtos.OrganizationRef;
import vn.antq.organization.SuccessionDtos.SuccessionFilter;
import vn.antq.organization.SuccessionDtos.SuccessionLink;
import vn.antq.organization.SuccessionDtos.SuccessionRow;
import vn.antq.organization.SuccessionDtos.SuccessorView;
import vn.antq.record.RecordRepository;
import vn.antq.shared.paging.ListQuery;
import vn.antq.shared.paging.Page;
import vn.antq.shared.paging.PageRequest;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class OrganizationSuccessionRepository implements RecordRepository<OrganizationSuccession> {

    /** Further than any real chain of reforms; bounds the walk should the data ever hold a cycle. */
    static final int MAX_DISTANCE = 32;

    /** A live event that names the organization on one side, and the organization on the other side. */
    public record Edge(UUID organizationId, UUID successionId, int distance) {
    }

    /** The organizations an event names, in order, with their names. */
    public record Parts(List<OrganizationRef> predecessors, List<SuccessorView> successors) {
    }

    public Page<SuccessionRow> page(SuccessionFilter filter, PageRequest<SuccessionRow> page) {
        ListQuery query = new ListQuery()
                .filter("e.kind = :kind", "kind", filter.kind())
                .filter("(exists (select 1 from OrganizationSuccession s join s.predecessorIds p where s.id = e.id and p = :organizationId)"
                        + " or exists (select 1 from OrganizationSuccession s join s.successors x where s.id = e.id "
                        + "and x.organizationId = :organizationId))", "organizationId", filter.organizationId())
                .filter("e.effectiveOn >= :effectiveFrom", "effectiveFrom", filter.effectiveFrom())
                .filter("e.effectiveOn <= :effectiveTo", "effectiveTo", filter.effectiveTo())
                .search(filter.q());
        return query.page(getEntityManager(), """
                select e.id, e.kind, e.effectiveOn, e.legalBasis, e.createdAt, e.updatedAt
                from OrganizationSuccession e""", SuccessionRow.class, page);
    }

    /** The organizations each of the given events names, in two queries. */
    public Map<UUID, Parts> parts(Collection<UUID> successionIds) {
        Map<UUID, Parts> parts = new HashMap<>();
        if (successionIds.isEmpty()) {
            return parts;
        }
        UUID[] ids = successionIds.stream().distinct().toArray(UUID[]::new);
        for (UUID id : ids) {
            parts.put(id, new Parts(new ArrayList<>(), new ArrayList<>()));
        }
        for (Object[] row : rows("""
                SELECT p.succession_id, p.organization_id, o.name FROM organization_succession_predecessor p
                JOIN organization o ON o.id = p.organization_id
                WHERE p.succession_id = ANY (?1) ORDER BY p.succession_id, p.position""", ids)) {
            parts.get((UUID) row[0]).predecessors().add(new OrganizationRef((UUID) row[1], (String) row[2]));
        }
        for (Object[] row : rows("""
                SELECT x.succession_id, x.organization_id, o.name, x.receives FROM organization_succession_successor x
                JOIN organization o ON o.id = x.organization_id
                WHERE x.succession_id = ANY (?1) ORDER BY x.succession_id, x.position""", ids)) {
            parts.get((UUID) row[0]).successors().add(new SuccessorView((UUID) row[1], (String) row[2], (String) row[3]));
        }
        return parts;
    }

    /**
     * Every organization the given one came from ({@code backward}) or that carries it on, through live
     * events other than {@code excluding}, with the event that reached it and its distance (one row per path).
     */
    public List<Edge> chain(UUID organizationId, boolean backward, UUID excluding) {
        String from = backward ? "organization_succession_successor" : "organization_succession_predecessor";
        String to = backward ? "organization_succession_predecessor" : "organization_succession_successor";
        String sql = """
                WITH RECURSIVE walk (organization_id, succession_id, distance) AS (
                    SELECT b.organization_id, s.id, 1 FROM %1$s a
                    JOIN organization_succession s ON s.id = a.succession_id AND s.deleted_at IS NULL AND s.id <> ?2
                    JOIN %2$s b ON b.succession_id = s.id
                    WHERE a.organization_id = ?1
                  UNION
                    SELECT b.organization_id, s.id, w.distance + 1 FROM walk w
                    JOIN %1$s a ON a.organization_id = w.organization_id
                    JOIN organization_succession s ON s.id = a.succession_id AND s.deleted_at IS NULL AND s.id <> ?2
                    JOIN %2$s b ON b.succession_id = s.id
                    WHERE w.distance < %3$d)
                SELECT organization_id, succession_id, min(distance) FROM walk
                GROUP BY organization_id, succession_id ORDER BY min(distance), succession_id""".formatted(from, to, MAX_DISTANCE);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery(sql)
                .setParameter(1, organizationId)
                .setParameter(2, excluding == null ? new UUID(0, 0) : excluding)
                .getResultList();
        return rows.stream().map(row -> new Edge((UUID) row[0], (UUID) row[1], ((Number) row[2]).intValue())).toList();
    }

    /** The organization itself and every organization it came from, through live events (for list filters). */
    public List<UUID> selfAndPredecessors(UUID organizationId) {
        List<UUID> ids = new ArrayList<>();
        ids.add(organizationId);
        chain(organizationId, true, null).stream().map(Edge::organizationId)
                .filter(id -> !ids.contains(id)).forEach(ids::add);
        return ids;
    }

    /** The organizations the given one came from (one event back), with the events, by date. */
    public List<SuccessionLink> predecessorLinks(UUID organizationId) {
        return links("""
                SELECT p.organization_id, o.name, s.id, s.kind, s.effective_on, x.receives
                FROM organization_succession_successor x
                JOIN organization_succession s ON s.id = x.succession_id AND s.deleted_at IS NULL
                JOIN organization_succession_predecessor p ON p.succession_id = s.id
                JOIN organization o ON o.id = p.organization_id
                WHERE x.organization_id = ?1 ORDER BY s.effective_on, s.id, p.position""", organizationId);
    }

    /** The organizations that carry the given one on (one event forward), with the events, by date. */
    public List<SuccessionLink> successorLinks(UUID organizationId) {
        return links("""
                SELECT y.organization_id, o.name, s.id, s.kind, s.effective_on, y.receives
                FROM organization_succession_predecessor p
                JOIN organization_succession s ON s.id = p.succession_id AND s.deleted_at IS NULL
                JOIN organization_succession_successor y ON y.succession_id = s.id
                JOIN organization o ON o.id = y.organization_id
                WHERE p.organization_id = ?1 ORDER BY s.effective_on, s.id, y.position""", organizationId);
    }

    /** Successor links of several organizations at once (an agreement's parties), keyed by predecessor. */
    public Map<UUID, List<SuccessionLink>> successorLinks(Collection<UUID> organizationIds) {
        Map<UUID, List<SuccessionLink>> links = new HashMap<>();
        if (organizationIds.isEmpty()) {
            return links;
        }
        for (Object[] row : rows("""
                SELECT p.organization_id, y.organization_id, o.name, s.id, s.kind, s.effective_on, y.receives
                FROM organization_succession_predecessor p
                JOIN organization_succession s ON s.id = p.succession_id AND s.deleted_at IS NULL
                JOIN organization_succession_successor y ON y.succession_id = s.id
                JOIN organization o ON o.id = y.organization_id
                WHERE p.organization_id = ANY (?1) ORDER BY s.effective_on, s.id, y.position""",
                organizationIds.stream().distinct().toArray(UUID[]::new))) {
            links.computeIfAbsent((UUID) row[0], k -> new ArrayList<>()).add(new SuccessionLink((UUID) row[1],
                    (String) row[2], (UUID) row[3], SuccessionKind.valueOf((String) row[4]), date(row[5]), (String) row[6]));
        }
        return links;
    }

    /** Predecessor links of several organizations at once (a page of the change feed), keyed by successor. */
    public Map<UUID, List<SuccessionLink>> predecessorLinks(Collection<UUID> organizationIds) {
        Map<UUID, List<SuccessionLink>> links = new HashMap<>();
        if (organizationIds.isEmpty()) {
            return links;
        }
        for (Object[] row : rows("""
                SELECT x.organization_id, p.organization_id, o.name, s.id, s.kind, s.effective_on, x.receives
                FROM organization_succession_successor x
                JOIN organization_succession s ON s.id = x.succession_id AND s.deleted_at IS NULL
                JOIN organization_succession_predecessor p ON p.succession_id = s.id
                JOIN organization o ON o.id = p.organization_id
                WHERE x.organization_id = ANY (?1) ORDER BY s.effective_on, s.id, p.position""",
                organizationIds.stream().distinct().toArray(UUID[]::new))) {
            links.computeIfAbsent((UUID) row[0], k -> new ArrayList<>()).add(new SuccessionLink((UUID) row[1],
                    (String) row[2], (UUID) row[3], SuccessionKind.valueOf((String) row[4]), date(row[5]), (String) row[6]));
        }
        return links;
    }

    /** The live event other than {@code excluding} that ended the organization: its id and date, if any. */
    public Optional<Object[]> endingEvent(UUID organizationId, UUID excluding) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        SELECT s.id, s.effective_on FROM organization_succession_predecessor p
                        JOIN organization_succession s ON s.id = p.succession_id AND s.deleted_at IS NULL
                        WHERE p.organization_id = ?1 AND s.id <> ?2 AND s.kind <> 'functions_transferred'
                        ORDER BY s.effective_on LIMIT 1""")
                .setParameter(1, organizationId)
                .setParameter(2, excluding == null ? new UUID(0, 0) : excluding)
                .getResultList();
        return rows.stream().findFirst().map(row -> new Object[]{row[0], date(row[1])});
    }

    /**
     * Locks the given organizations for the rest of the transaction, in a fixed order: two events that end
     * the same organization are written one after the other, so that the second sees the first.
     */
    public void lockOrganizations(Collection<UUID> ids) {
        if (!ids.isEmpty()) {
            getEntityManager().createNativeQuery("SELECT id FROM organization WHERE id = ANY (?1) ORDER BY id FOR UPDATE")
                    .setParameter(1, ids.stream().distinct().toArray(UUID[]::new))
                    .getResultList();
        }
    }

    /** Live events that name the organization, for the guard against deleting it. */
    public List<String> namingOrganization(UUID organizationId) {
        List<String> found = new ArrayList<>(liveReferencesTo("""
                select concat('organization succession ', s.id) from OrganizationSuccession s join s.predecessorIds p
                where p = :id""", organizationId));
        found.addAll(liveReferencesTo("""
                select concat('organization succession ', s.id) from OrganizationSuccession s join s.successors x
                where x.organizationId = :id""", organizationId));
        return found.stream().distinct().toList();
    }

    private List<SuccessionLink> links(String sql, UUID organizationId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery(sql).setParameter(1, organizationId).getResultList();
        return rows.stream().map(row -> new SuccessionLink((UUID) row[0], (String) row[1], (UUID) row[2],
                SuccessionKind.valueOf((String) row[3]), date(row[4]), (String) row[5])).toList();
    }

    private List<Object[]> rows(String sql, UUID[] ids) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery(sql).setParameter(1, ids).getResultList();
        return rows;
    }

    static LocalDate date(Object value) {
        return value instanceof Date sql ? sql.toLocalDate() : (LocalDate) value;
    }
}
