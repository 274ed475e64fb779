package vn.antq.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.hibernate.jpa.HibernateHints;
import vn.antq.adminunit.UnitScope;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The sync feed's queries, over the festivals' positions (V21__festival_writers_in_parallel.sql): no entity, only
 * the columns a feed entry shows, in position order, streamed as the database returns them.
 */
@ApplicationScoped
public class SyncFeedRepository {

    /** The feed entry's columns, in {@link #changes}' order. */
    static final int TX = 0, SEQ = 1, ID = 2, DELETED_AT = 3, TITLE = 4, STARTS_AT = 5, ENDS_AT = 6, STATUS = 7,
            UNIT_ERA = 8, UNIT_CODE = 9, LOCAL_AREA = 10, VENUE_NAME = 11, LATITUDE = 12, LONGITUDE = 13, VERSION = 14,
            UPDATED_AT = 15, KIND = 16, ACTIVITY_KINDS = 17, DEPARTED = 18;
    private static final int FETCH = 250;

    @Inject
    EntityManager em;

    /**
     * Where a feed of a scope reads: the 2025 provinces that narrow the index look-up first (null: all), the exact
     * units within them (null: the whole country), and the year (null: every year).
     */
    public record FeedScope(List<String> provinces, UnitScope units, Integer year) {
    }

    /** The rest of the transaction reads one snapshot; this must be its first statement. */
    public void readOneSnapshot() {
        em.createNativeQuery("set transaction isolation level repeatable read").executeUpdate();
    }

    /** The transaction id below which festival positions are final for this snapshot (V18). */
    public long horizon() {
        return ((Number) em.createNativeQuery("SELECT record_change_horizon()").getSingleResult()).longValue();
    }

    /**
     * The horizon, the newest change number and the newest transaction id this snapshot knows of: what a token of an
     * earlier release's form is checked against (no token can name a later position).
     */
    public long[] feedEnd() {
        Object[] row = (Object[]) em.createNativeQuery("SELECT record_change_horizon(), "
                + "coalesce((SELECT max(change_seq) FROM festival), 0), "
                + "pg_snapshot_xmax(pg_current_snapshot())::text::bigint").getSingleResult();
        return new long[]{((Number) row[0]).longValue(), ((Number) row[1]).longValue(), ((Number) row[2]).longValue()};
    }

    /**
     * The feed past (fromTx, fromSeq) and below the horizon, in position order, at most {@code max} rows: every
     * festival in the scope whose position lies there (deleted ones too, unless {@code liveOnly}), and, with
     * {@code departures}, the festivals that left the scope there and are not in it now, each once at its
     * latest departure.
     */
    public Stream<Object[]> changes(FeedScope scope, long fromTx, long fromSeq, long horizon, boolean liveOnly,
                                    boolean departures, int max) {
        Map<String, Object> values = new HashMap<>(Map.of("fromTx", fromTx, "fromSeq", fromSeq, "horizon", horizon));
        String sql = "SELECT f.change_tx, f.change_seq, f.id, f.deleted_at, f.title, f.starts_at, f.ends_at, f.status,"
                + " f.unit_era, f.unit_code, f.local_area, f.venue_name, f.latitude, f.longitude, f.version, f.updated_at,"
                + " f.kind, f.activity_kinds, false AS departed FROM festival f"
                + " WHERE " + after("f") + in(scope, "f", values) + (liveOnly ? " AND f.deleted_at IS NULL" : "");
        if (departures) {
            // A festival that left but is in the scope again (or deleted in it) comes with its own row instead.
            sql += " UNION ALL SELECT d.change_tx, d.change_seq, d.festival_id, NULL, NULL, NULL, NULL, NULL, NULL, NULL,"
                    + " NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, true FROM festival_departure d"
                    + " WHERE " + after("d") + in(scope, "d", values)
                    + " AND NOT EXISTS (SELECT 1 FROM festival n WHERE n.id = d.festival_id" + in(scope, "n", values) + ")"
                    + " AND NOT EXISTS (SELECT 1 FROM festival_departure l WHERE l.festival_id = d.festival_id"
                    + " AND (l.change_tx, l.change_seq) > (d.change_tx, d.change_seq)" + in(scope, "l", values) + ")";
        }
        Query query = em.createNativeQuery(sql + " ORDER BY 1, 2 LIMIT " + max)
                .setHint(HibernateHints.HINT_FETCH_SIZE, Math.min(max, FETCH))
                .setHint(HibernateHints.HINT_READ_ONLY, true);
        values.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        Stream<Object[]> rows = query.getResultStream();
        return rows;
    }

    /** A row comparison, so that the index on (…, change_tx, change_seq) starts right after the position. */
    private static String after(String alias) {
        return alias + ".change_tx < :horizon AND (" + alias + ".change_tx, " + alias + ".change_seq) > (:fromTx, :fromSeq)";
    }

    /** " AND ..." conditions: rows (festivals or departures) of the scope. */
    private static String in(FeedScope scope, String alias, Map<String, Object> values) {
        List<String> conditions = new ArrayList<>();
        if (scope.year() != null) {
            values.put("scopeYear", scope.year());
            conditions.add(alias + ".year = :scopeYear");
        }
        if (scope.provinces() != null) {
            // Narrowed to the scope's provinces first: an index look-up per province, then the exact units.
            values.put("scopeProvinces", scope.provinces());
            conditions.add(alias + ".unit_province IN (:scopeProvinces)");
        }
        if (scope.units() != null) {
            UnitScope.Predicate predicate = scope.units().predicate(UnitScope.Columns.table(alias));
            values.putAll(predicate.parameters());
            conditions.add("(" + predicate.condition() + ")");
        }
        return conditions.stream().map(c -> " AND " + c).reduce("", String::concat);
    }
}
