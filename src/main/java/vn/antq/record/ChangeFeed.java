package vn.antq.record;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.UriInfo;
import vn.antq.adminunit.AdminUnitKey;
import vn.antq.adminunit.UnitCatalog;
import vn.antq.adminunit.UnitScope;
import vn.antq.record.ChangeDtos.Change;
import vn.antq.record.ChangeDtos.ChangesPage;
import vn.antq.shared.config.AntqConfig;
import vn.antq.shared.http.QueryParameters;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The change feed of every collection, read from the change log the database writes in each writing
 * transaction (V18 migration). Writers are never serialised; the feed still never misses a change:
 *
 * <ul>
 * <li><b>Nothing missed.</b> One answer reads in one snapshot (repeatable read) and only log rows whose
 * transaction id is below the snapshot's xmin: every such transaction has ended, and every transaction
 * still running or yet to start has a larger id, so that part of the log is final. Walking it in
 * (tx, id) order and remembering the position reached (the token) visits every committed row once,
 * whatever order the writers committed in.</li>
 * <li><b>Each record once, with its latest state.</b> A row is skipped when a later row of the same
 * record (later by id, which is commit order within a record) concerns the same scope: that later row
 * is either already behind the client, and was answered with a state that included this change, or
 * still ahead. A row that is answered carries the record as the snapshot holds it, so the same version
 * is never sent twice: a second entry needs a later row, hence a later commit and a new version.</li>
 * <li><b>Scope.</b> With {@code unit}, a row counts when the record lay within the unit after or before
 * the change; a record whose latest row lies outside reaches the client as {@code remove}.</li>
 * </ul>
 *
 * A collection has a feed once the database tracks its records ({@code record_change_track}) and its
 * resource answers {@code GET changes} through {@link #page}.
 */
@ApplicationScoped
public class ChangeFeed {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    @Inject
    AntqConfig config;

    @Inject
    EntityManager em;
    @Inject
    QueryParameters params;
    @Inject
    UnitCatalog catalog;

    @Inject
    @Any
    Instance<RecordService<?, ?, ?>> services;

    /** The feed of {@code service}'s collection, after checking the query parameters. */
    public <V extends RecordView> ChangesPage<V> page(RecordService<?, ?, V> service, ChangeParams query, UriInfo uri) {
        params.check(uri, query);
        return changes(service, query.since, query.unit, query.limit == null ? DEFAULT_LIMIT : query.limit);
    }

    /** The collections that have a feed, by name. */
    public List<String> collections() {
        return services.stream().map(RecordService::changeCollection).filter(java.util.Objects::nonNull).sorted().toList();
    }

    /**
     * The transaction id below which the change log is final for this snapshot: the snapshot's xmin, not
     * held back by transactions of other databases (see record_change_horizon in the V18 migration).
     */
    public long visibleTx() {
        return ((Number) em.createNativeQuery("select record_change_horizon()").getSingleResult()).longValue();
    }

    @Transactional
    <V extends RecordView> ChangesPage<V> changes(RecordService<?, ?, V> service, String since, AdminUnitKey unit, int limit) {
        String collection = service.changeCollection();
        String unitText = unit == null ? "" : unit.toString();
        Instant now = Instant.now();
        // One snapshot for the whole answer: the bound, the log and the records' states agree.
        em.createNativeQuery("set transaction isolation level repeatable read").executeUpdate();
        long visible = visibleTx();
        ChangeToken from = since == null ? new ChangeToken(collection, unitText, 0, 0, now)
                : ChangeToken.decode(since, key(), collection, unitText, visible, config.changes().tokenLifetime(), now);

        Map<String, Object> values = new HashMap<>(Map.of("collection", collection, "visible", visible,
                "fromTx", from.tx(), "fromId", from.id()));
        String inScope = unit == null ? "" : " and (" + scope(unit, "c", values) + ")";
        String laterInScope = unit == null ? "" : " and (" + scope(unit, "l", values) + ")";
        TypedQuery<RecordChange> query = em.createQuery("select c from RecordChange c where c.collection = :collection"
                + " and c.tx < :visible and (c.tx > :fromTx or (c.tx = :fromTx and c.id > :fromId))" + inScope
                // A later change of the record (later by commit) stands for this one: the record once, at its latest.
                + " and not exists (select 1 from RecordChange l where l.collection = c.collection and l.recordId = c.recordId"
                + " and l.id > c.id" + laterInScope + ")"
                + " order by c.tx, c.id", RecordChange.class).setMaxResults(limit + 1);
        values.forEach(query::setParameter);
        List<RecordChange> rows = query.getResultList();
        boolean hasMore = rows.size() > limit;
        List<RecordChange> page = hasMore ? rows.subList(0, limit) : rows;

        List<Change<V>> items = items(service, collection, unit, page, since == null);
        RecordChange last = hasMore ? page.get(page.size() - 1) : null;
        ChangeToken next = new ChangeToken(collection, unitText, from.tx(), from.id(), now)
                .next(hasMore, hasMore ? last.tx : 0, hasMore ? last.id : 0, visible, now);
        return new ChangesPage<>(items, next.encode(key()), hasMore);
    }

    /** The entries for the page's records, as they are now: their latest log row says where and what they are. */
    private <V extends RecordView> List<Change<V>> items(RecordService<?, ?, V> service, String collection, AdminUnitKey unit,
                                                         List<RecordChange> page, boolean fromScratch) {
        if (page.isEmpty()) {
            return List.of();
        }
        Set<UUID> ids = new HashSet<>();
        page.forEach(row -> ids.add(row.recordId));
        Map<String, Object> values = new HashMap<>(Map.of("collection", collection, "ids", ids));
        String inScope = unit == null ? "" : " and (" + currentScope(unit, values) + ")";
        TypedQuery<RecordChange> query = em.createQuery("select c from RecordChange c where c.collection = :collection"
                + " and c.recordId in :ids and c.id = (select max(l.id) from RecordChange l"
                + " where l.collection = c.collection and l.recordId = c.recordId)" + inScope, RecordChange.class);
        values.forEach(query::setParameter);
        List<RecordChange> latest = query.getResultList();
        Map<UUID, RecordChange> current = new LinkedHashMap<>();
        latest.forEach(row -> current.put(row.recordId, row));
        Map<UUID, Versioned<V>> live = service.liveViews(current.keySet());
        List<Change<V>> items = new ArrayList<>();
        for (RecordChange row : page) {
            RecordChange now = current.get(row.recordId);
            Versioned<V> state = now == null ? null : live.get(row.recordId);
            Instant changedAt = now == null ? row.changedAt : now.changedAt;
            if (state != null) {
                String change = "annul".equals(now.action) ? "annul" : "upsert";
                items.add(new Change<>(row.recordId, change, changedAt, state.version(), state.body()));
            } else if (!fromScratch) {
                // A client starting from scratch holds nothing to drop.
                items.add(new Change<>(row.recordId, now == null ? "remove" : "delete", changedAt, null, null));
            }
        }
        return items;
    }

    /** A final row of the log, and whether its record lies outside the unit after the change. */
    public record LogEntry(RecordChange change, boolean left) {
    }

    /**
     * The final rows of the log after ({@code tx}, {@code id}) and below {@code horizon} ({@link #visibleTx}),
     * of the given collections, that concern {@code unit} (every unit when null), in log order: every change
     * once, for a reader that announces changes one by one (webhooks) rather than records.
     */
    public List<LogEntry> after(java.util.Collection<String> collections, AdminUnitKey unit, long tx, long id, long horizon,
                                int limit) {
        Map<String, Object> values = new HashMap<>(Map.of("collections", collections, "visible", horizon,
                "fromTx", tx, "fromId", id));
        String inScope = unit == null ? "" : " and (" + scope(unit, "c", values) + ")";
        TypedQuery<RecordChange> query = em.createQuery("select c from RecordChange c where c.collection in :collections"
                + " and c.tx < :visible and (c.tx > :fromTx or (c.tx = :fromTx and c.id > :fromId))" + inScope
                + " order by c.tx, c.id", RecordChange.class).setMaxResults(limit);
        values.forEach(query::setParameter);
        List<RecordChange> rows = query.getResultList();
        if (unit == null || rows.isEmpty()) {
            return rows.stream().map(row -> new LogEntry(row, false)).toList();
        }
        Map<String, Object> scopeValues = new HashMap<>(Map.of("ids", rows.stream().map(row -> row.id).toList()));
        TypedQuery<Long> inside = em.createQuery("select c.id from RecordChange c where c.id in :ids and ("
                + currentScope(unit, scopeValues) + ")", Long.class);
        scopeValues.forEach(inside::setParameter);
        Set<Long> within = new HashSet<>(inside.getResultList());
        return rows.stream().map(row -> new LogEntry(row, !within.contains(row.id))).toList();
    }

    /** "The change row {@code alias} concerns the unit": its record lay within it after or before the change. */
    private String scope(AdminUnitKey unit, String alias, Map<String, Object> values) {
        UnitScope scope = catalog.units().scope(unit, "unit");
        UnitScope.Predicate after = scope.predicate(new UnitScope.Columns(alias + ".unit.era", alias + ".unit.code", alias + ".unitProvince"));
        UnitScope.Predicate before = scope.predicate(
                new UnitScope.Columns(alias + ".priorUnit.era", alias + ".priorUnit.code", alias + ".priorUnitProvince"));
        values.putAll(after.parameters());
        return "(" + after.condition() + ") or (" + before.condition() + ")";
    }

    private String currentScope(AdminUnitKey unit, Map<String, Object> values) {
        UnitScope.Predicate now = catalog.units().scope(unit, "unit").predicate(new UnitScope.Columns("c.unit.era", "c.unit.code", "c.unitProvince"));
        values.putAll(now.parameters());
        return now.condition();
    }

    private byte[] key() {
        return config.changes().tokenKey().getBytes(StandardCharsets.UTF_8);
    }
}
