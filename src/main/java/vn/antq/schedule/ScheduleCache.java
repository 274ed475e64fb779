package vn.antq.schedule;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import vn.antq.festival.FestivalRepository;
import vn.antq.festival.FestivalWritten;
import vn.antq.shared.config.AntqConfig;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * The public schedule's copies kept in memory, already serialised, so that an unchanged festival or schedule
 * page is answered without the database or Jackson, and the schedule's cache tags ({@link ScheduleTags}).
 * It is the one place that knows when they go stale, in two ways that end in the same calls:
 *
 * <ul>
 * <li><b>This replica's writes</b>: a committed festival write ({@link FestivalWritten}, observed after the
 *     transaction succeeds, never after a rollback) drops the festival's copy and sends the tags to the
 *     database until they are read again (read your writes).</li>
 * <li><b>Every writer's</b>, other replicas' and those made in SQL included: a poll, every
 *     {@link #POLL_MILLIS} ms on a pooled connection, reads the festivals' change positions past the one it
 *     reached (festival writers do not NOTIFY, V21), drops every festival it sees, and re-reads the tag cells.
 *     It only moves its position up to the horizon (every transaction below it has ended), so a change is
 *     seen at the first look after its commit whatever order writers commit in. A changed or deleted
 *     organization (a festival shows its organizers' names) drops every festival copy. The poll runs on a Vert.x timer,
 *     not {@code @Scheduled}: the scheduler checks its triggers once a second, and the bound is 100 ms.</li>
 * </ul>
 *
 * A schedule page is kept under its address and its cache tag, which the request has just read: a page is only
 * served under the tag it was made after. A festival copy made from a read that raced with a change is not
 * kept (the epoch moved). While the poll is not following (start, lost connection) festival copies are
 * neither served nor kept and the tags are read from the database.
 */
@ApplicationScoped
public class ScheduleCache {

    private static final Logger LOG = Logger.getLogger(ScheduleCache.class);
    /** How often the festivals' change positions are read: the most a copy outlives its change, on another replica. */
    public static final int POLL_MILLIS = 100;

    /** A serialised representation: a festival with its version, or a schedule page with its next page's address. */
    public record Copy(long version, byte[] body, String next) {
    }

    private final Cache<UUID, Copy> festivals;
    private final Cache<String, Copy> pages;
    private final AtomicLong epoch = new AtomicLong();
    private final ScheduleTags tags = new ScheduleTags();
    private volatile boolean listening;

    @Inject
    DataSource dataSource;
    @Inject
    FestivalRepository repository;
    @Inject
    Vertx vertx;

    /** The poll's own state, touched by one poll at a time. */
    private final AtomicBoolean polling = new AtomicBoolean();
    private boolean following;
    private long reachedTx;
    private Set<Long> seen = Set.of();
    private Set<Long> seenOrganizations = Set.of();
    private long retryAt;
    private long backoffMillis = POLL_MILLIS;
    private long timer = -1;

    ScheduleCache(AntqConfig config) {
        // Bounded by the bytes kept, so that the heap can stay small whatever the representations weigh.
        festivals = Caffeine.newBuilder().maximumWeight(config.festival().memory().festivals().asLongValue())
                .weigher((UUID id, Copy copy) -> copy.body().length).build();
        pages = Caffeine.newBuilder().maximumWeight(config.festival().memory().schedulePages().asLongValue())
                .weigher((String key, Copy copy) -> key.length() + copy.body().length).build();
    }

    void start(@Observes StartupEvent event) {
        tags.festivals = repository;
        timer = vertx.setPeriodic(POLL_MILLIS, id -> {
            if (polling.compareAndSet(false, true)) {
                vertx.executeBlocking(() -> {
                    try {
                        poll();
                    } finally {
                        polling.set(false);
                    }
                    return null;
                }, false);
            }
        });
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    /** A festival write of this replica committed: its copy goes, and the tags are read from the database until re-read. */
    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) FestivalWritten written) {
        invalidate(written.id());
        tags.localWriteCommitted();
    }

    /** The cache tag of the festivals of some 2025 provinces (all when null) and years. */
    public long tag(List<String> provinces, int fromYear, int toYear) {
        return tags.tag(provinces, fromYear, toYear);
    }

    /** The kept copy of a festival, or null. */
    public Copy festival(UUID id) {
        return listening ? festivals.getIfPresent(id) : null;
    }

    /** Where the invalidations stand; read it before reading the festival that will be kept. */
    public long epoch() {
        return epoch.get();
    }

    /** Keeps a festival read when the invalidations stood at {@code readAt}, unless one came since. */
    public void keep(UUID id, Copy copy, long readAt) {
        if (listening && epoch.get() == readAt) {
            festivals.put(id, copy);
            // An invalidation that arrived between the check and the put is applied again.
            if (epoch.get() != readAt) {
                festivals.invalidate(id);
            }
        }
    }

    public Copy page(String address, String tag) {
        return pages.getIfPresent(tag + " " + address);
    }

    public void keepPage(String address, String tag, Copy copy) {
        pages.put(tag + " " + address, copy);
    }

    void invalidate(UUID id) {
        epoch.incrementAndGet();
        festivals.invalidate(id);
    }

    void invalidateAll() {
        epoch.incrementAndGet();
        festivals.invalidateAll();
    }

    /** One look at the database; after a failure, the next look waits a little longer (up to 5 s). */
    void poll() {
        if (System.currentTimeMillis() < retryAt) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            if (!following) {
                // Anything may have changed while nobody followed: start from empty, after the horizon was read.
                reachedTx = horizon(connection);
                seen = Set.of();
                seenOrganizations = Set.of();
                invalidateAll();
                listening = true;
                readCells(connection);
                following = true;
                backoffMillis = POLL_MILLIS;
                return;
            }
            look(connection);
        } catch (SQLException | RuntimeException e) {
            listening = false;
            invalidateAll();
            tags.suspend();
            following = false;
            LOG.warnf("Festival change poll failed (%s); in-memory festival copies are off until it resumes", e.getMessage());
            retryAt = System.currentTimeMillis() + backoffMillis;
            backoffMillis = Math.min(5000, backoffMillis * 2);
        }
    }

    private void look(Connection connection) throws SQLException {
        // The horizon first: the changes read after it include every one below it.
        long below = horizon(connection);
        boolean anyChange = false;
        Set<Long> pastHorizon = new HashSet<>();
        try (PreparedStatement changed = connection.prepareStatement(
                "SELECT id, change_tx, change_seq FROM festival WHERE change_tx >= ?")) {
            changed.setLong(1, reachedTx);
            try (ResultSet rows = changed.executeQuery()) {
                while (rows.next()) {
                    long seq = rows.getLong(3);
                    // A change past the horizon is seen again at each look until the horizon passes it: dropped once.
                    if (!seen.contains(seq)) {
                        invalidate(rows.getObject(1, UUID.class));
                        anyChange = true;
                    }
                    if (rows.getLong(2) >= below) {
                        pastHorizon.add(seq);
                    }
                }
            }
        }
        seen = pastHorizon;
        Set<Long> organizationsPast = new HashSet<>();
        try (PreparedStatement changed = connection.prepareStatement(
                "SELECT id, tx FROM record_change WHERE collection = 'organizations' AND action <> 'create' AND tx >= ?")) {
            changed.setLong(1, reachedTx);
            try (ResultSet rows = changed.executeQuery()) {
                while (rows.next()) {
                    if (!seenOrganizations.contains(rows.getLong(1))) {
                        invalidateAll();
                    }
                    if (rows.getLong(2) >= below) {
                        organizationsPast.add(rows.getLong(1));
                    }
                }
            }
        }
        seenOrganizations = organizationsPast;
        // Read after the changes: the cells include every change seen, and any committed since.
        if (anyChange || tags.stale()) {
            readCells(connection);
        }
        // Final below the horizon: later looks start there.
        if (below > reachedTx) {
            reachedTx = below;
        }
    }

    private void readCells(Connection connection) throws SQLException {
        long localWrites = tags.localWrites();
        List<ScheduleTags.Cell> read = new ArrayList<>();
        try (PreparedStatement cells = connection.prepareStatement(
                "SELECT province, year, sum(version) FROM festival_schedule_tag GROUP BY province, year");
             ResultSet rows = cells.executeQuery()) {
            while (rows.next()) {
                read.add(new ScheduleTags.Cell(rows.getString(1), rows.getInt(2), rows.getLong(3)));
            }
        }
        tags.replace(localWrites, read);
    }

    private static long horizon(Connection connection) throws SQLException {
        try (PreparedStatement horizon = connection.prepareStatement("SELECT record_change_horizon()");
             ResultSet result = horizon.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }
}
