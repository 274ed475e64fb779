package vn.antq.shared.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import vn.antq.shared.error.ApiProblem;
import vn.antq.shared.paging.Page;
import vn.antq.shared.paging.PageRequest;
import vn.antq.shared.paging.SortKey;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads a record's audit trail, newest change first. Deleted records keep their history. */
@ApplicationScoped
public class HistoryService {

    /** Newest first: events are numbered in the order they were written. */
    private static final SortKey<HistoryEntry> NEWEST_FIRST =
            new SortKey<>("occurredAt", "e.id", Long.class, entry -> Long.valueOf(entry.id()));
    public static final PageRequest.Sorts<HistoryEntry> SORTS =
            new PageRequest.Sorts<>(List.of(NEWEST_FIRST), NEWEST_FIRST, NEWEST_FIRST);

    @Inject
    EntityManager em;

    /** The record's changes; 404 when the collection holds no record with this id, live or deleted. */
    public Page<HistoryEntry> history(String collection, String kind, UUID id, PageRequest<HistoryEntry> page) {
        String after = page.afterKey() == null ? "" : " and e.id < :after";
        var query = em.createQuery("from AuditEvent e where e.collection = :collection and e.recordId = :id" + after
                        + " order by e.id desc", AuditEvent.class)
                .setParameter("collection", collection)
                .setParameter("id", id)
                .setMaxResults(page.limit() + 1);
        if (page.afterKey() != null) {
            query.setParameter("after", page.afterKey());
        }
        List<HistoryEntry> rows = query.getResultList().stream().map(HistoryService::entry).toList();
        if (rows.isEmpty() && page.afterKey() == null) {
            throw ApiProblem.notFound(kind, id);
        }
        if (rows.size() <= page.limit()) {
            return new Page<>(rows, null);
        }
        List<HistoryEntry> items = rows.subList(0, page.limit());
        return new Page<>(items, page.cursorAfter(items.get(items.size() - 1)));
    }

    private static HistoryEntry entry(AuditEvent e) {
        Map<String, Object> before = HistoryStates.camelCase(e.stateBefore);
        Map<String, Object> after = HistoryStates.camelCase(e.stateAfter);
        // The trail's own actions for an erasure and a correction are updates to the API, with their operation.
        String operation = switch (e.action) {
            case "erase" -> "erasure";
            case "correct" -> "correction";
            default -> null;
        };
        return new HistoryEntry(e.id.toString(), operation == null ? e.action : "update", e.occurredAt,
                new HistoryEntry.Actor(e.actorSubject, e.actorClient), before, after, HistoryStates.changes(before, after), operation);
    }
}
