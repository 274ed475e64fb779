package vn.antq.festival;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Follows the festival changes of every writer, whichever replica wrote them, and drops the in-memory
 * copies they make stale. Festival writers do not notify (a NOTIFY would serialise their commits, see
 * V21__festival_writers_in_parallel.sql): this reader walks the festivals' change positions past the one
 * it reached, every {@link #POLL_MILLIS} ms, on its own connection outside the pool. It only moves its
 * position up to the feed's horizon (every transaction below it has ended), and drops every festival it
 * sees past its position, so a change is dropped at the first look after its commit whatever order
 * writers commit in. A renamed organization, rare, still arrives as a notice ('*': drop every copy).
 * At each look that saw a change it also re-reads the schedule's cache-tag cells ({@link ScheduleTags}).
 * While it is not following (start, lost connection) the copies are neither served nor kept, and the tags
 * are read from the database, so no replica serves a representation it could not see being changed.
 */
@ApplicationScoped
public class FestivalChangeListener {

    private static final Logger LOG = Logger.getLogger(FestivalChangeListener.class);
    static final String CHANNEL = "antq_festival_changed";
    /** How often the festivals' change positions are read: the most a copy outlives its change, on another replica. */
    static final int POLL_MILLIS = 100;

    @Inject
    FestivalRepresentations representations;

    @Inject
    ScheduleTags tags;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;
    @ConfigProperty(name = "quarkus.datasource.username")
    String user;
    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    private volatile boolean running = true;
    private Thread thread;

    void start(@Observes StartupEvent event) {
        thread = new Thread(this::listen, "festival-change-listener");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void listen() {
        long backoffMillis = 100;
        while (running) {
            try (Connection connection = DriverManager.getConnection(url, user, password);
                 PreparedStatement horizon = connection.prepareStatement("SELECT record_change_horizon()");
                 PreparedStatement changed = connection.prepareStatement("SELECT id, change_tx, change_seq FROM festival"
                         + " WHERE change_tx >= ?");
                 PreparedStatement cells = connection.prepareStatement("SELECT province, year, sum(version)"
                         + " FROM festival_schedule_tag GROUP BY province, year")) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                // Everything below the horizon has ended; anything may have changed while nobody followed:
                // start from empty, after the horizon was read.
                long reachedTx = horizon(horizon);
                Set<Long> seen = Set.of();
                representations.resume();
                readCells(cells);
                backoffMillis = 100;
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(POLL_MILLIS);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            String payload = notification.getParameter();
                            if (payload.equals("*")) {
                                representations.invalidateAll();
                            } else {
                                representations.invalidate(UUID.fromString(payload));
                            }
                        }
                    }
                    // The horizon first: the changes read after it include every one below it.
                    long below = horizon(horizon);
                    changed.setLong(1, reachedTx);
                    Set<Long> pastHorizon = new HashSet<>();
                    boolean anyChange = false;
                    try (ResultSet rows = changed.executeQuery()) {
                        while (rows.next()) {
                            long seq = rows.getLong(3);
                            // A change past the horizon is seen again at each look until the horizon passes it: dropped once.
                            if (!seen.contains(seq)) {
                                representations.invalidate(rows.getObject(1, UUID.class));
                                anyChange = true;
                            }
                            if (rows.getLong(2) >= below) {
                                pastHorizon.add(seq);
                            }
                        }
                    }
                    seen = pastHorizon;
                    // Read after the changes: the cells include every change seen, and any committed since.
                    if (anyChange || tags.stale()) {
                        readCells(cells);
                    }
                    // Final below the horizon: later looks start there.
                    if (below > reachedTx) {
                        reachedTx = below;
                    }
                }
            } catch (Exception e) {
                representations.suspend();
                tags.suspend();
                if (!running) {
                    return;
                }
                LOG.warnf("Festival change notices interrupted (%s); in-memory festival copies are off until they resume",
                        e.getMessage());
                try {
                    Thread.sleep(backoffMillis);
                } catch (InterruptedException interrupted) {
                    return;
                }
                backoffMillis = Math.min(5000, backoffMillis * 2);
            }
        }
    }

    private void readCells(PreparedStatement cells) throws java.sql.SQLException {
        long localWrites = tags.localWrites();
        List<ScheduleTags.Cell> read = new ArrayList<>();
        try (ResultSet rows = cells.executeQuery()) {
            while (rows.next()) {
                read.add(new ScheduleTags.Cell(rows.getString(1), rows.getInt(2), rows.getLong(3)));
            }
        }
        tags.replace(localWrites, read);
    }

    private static long horizon(PreparedStatement horizon) throws java.sql.SQLException {
        try (ResultSet result = horizon.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }
}
