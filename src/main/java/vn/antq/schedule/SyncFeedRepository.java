package vn.antq.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import vn.antq.adminunit.UnitScope;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sync feed's queries, over the festivals' positions (V21__festival_writers_in_parallel.sql): no entity, only
 * the columns a feed entry shows, in position order, streamed as the database returns them.
 */
@ApplicationScoped
public class SyncFeedRepository {

    /** The feed entry's columns, in {@link #changes}' order (JDBC's, from 1). */
    static final int TX = 1, SEQ = 2, ID = 3, DELETED_AT = 4, TITLE = 5, STARTS_AT = 6, ENDS_AT = 7, STATUS = 8,
            UNIT_ERA = 9, UNIT_CODE = 10, LOCAL_AREA = 11, VENUE_NAME = 12, LATITUDE = 13, LONGITUDE = 14, VERSION = 15,
            UPDATED_AT = 16, KIND = 17, ACTIVITY_KINDS = 18, DEPARTED = 19;
    private static final int FETCH = 250;
    private static final Pattern NAMED = Pattern.compile("(?i)\\bin \\(:(\\w+)\\)|(?<!:):(\\w+)");

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
        em.unwrap(Session.class).doWork(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
            }
        });
    }

    /** The transaction id below which festival positions are final for this snapshot (V18). */
    public long horizon() {
        return longs("SELECT record_change_horizon()")[0];
    }

    /**
     * The newest transaction id this snapshot knows of and the newest change number: no token this service issued
     * can name a later position. Cheaper than {@link #horizon()}, which a token's check does not need.
     */
    public long[] newest() {
        return longs("SELECT pg_snapshot_xmax(pg_current_snapshot())::text::bigint, "
                + "coalesce((SELECT max(change_seq) FROM festival), 0)");
    }

    private long[] longs(String sql) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet row = statement.executeQuery()) {
                row.next();
                long[] values = new long[row.getMetaData().getColumnCount()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = row.getLong(i + 1);
                }
                return values;
            }
        });
    }

    /** What is done with each row of the feed, as the database returns it. */
    @FunctionalInterface
    public interface RowHandler {
        /** False to stop reading. */
        boolean row(ResultSet row) throws SQLException, IOException;
    }

    /**
     * The feed past (fromTx, fromSeq) and below the horizon, in position order, at most {@code max} rows, each handed
     * to {@code handler} as it is read (columns in the order of the constants above): every festival in the scope
     * whose position lies there (deleted ones too, unless {@code liveOnly}), and, with {@code departures}, the
     * festivals that left the scope there and are not in it now, each once at its latest departure.
     */
    public void changes(FeedScope scope, long fromTx, long fromSeq, long horizon, boolean liveOnly, boolean departures,
                        int max, RowHandler handler) throws IOException {
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
        String query = sql + " ORDER BY 1, 2 LIMIT " + max;
        try {
            // Plain JDBC on the transaction's connection: the rows go to the handler with no entity or tuple between.
            em.unwrap(Session.class).doWork(connection -> {
                List<Object> bound = new ArrayList<>();
                try (PreparedStatement statement = connection.prepareStatement(positional(query, values, bound))) {
                    for (int i = 0; i < bound.size(); i++) {
                        Object value = bound.get(i);
                        if (value instanceof Collection<?> many) {
                            statement.setArray(i + 1, connection.createArrayOf("varchar", many.toArray()));
                        } else {
                            statement.setObject(i + 1, value);
                        }
                    }
                    // Read through a cursor (the transaction is open), a bounded number of rows at a time.
                    statement.setFetchSize(Math.min(max, FETCH));
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next() && handler.row(rows)) {
                            // the handler wrote the row
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * The SQL with its named parameters as JDBC's positional ones, their values in {@code bound} in order; a list
     * ({@code in (:name)}) becomes {@code = ANY (?)} with an array.
     */
    static String positional(String sql, Map<String, Object> values, List<Object> bound) {
        Matcher matcher = NAMED.matcher(sql);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
            if (!values.containsKey(name)) {
                throw new IllegalArgumentException("no value for :" + name);
            }
            bound.add(values.get(name));
            matcher.appendReplacement(out, matcher.group(1) != null ? "= ANY (?)" : "?");
        }
        matcher.appendTail(out);
        return out.toString();
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
