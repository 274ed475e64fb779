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
import java.sql.Statement;
import java.util.UUID;

/**
 * Listens (PostgreSQL LISTEN) for the festival changes every writer announces on commit (see
 * V12__festival_read_path.sql), whichever replica wrote them, and drops the in-memory copies they make
 * stale. It holds its own connection, outside the pool. While it is not listening (start, lost
 * connection) the copies are neither served nor kept, so no replica serves a representation it could
 * not hear being changed.
 */
@ApplicationScoped
public class FestivalChangeListener {

    private static final Logger LOG = Logger.getLogger(FestivalChangeListener.class);
    static final String CHANNEL = "antq_festival_changed";

    @Inject
    FestivalRepresentations representations;

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
            try (Connection connection = DriverManager.getConnection(url, user, password)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                // Anything may have changed while nobody listened: start from empty.
                representations.resume();
                backoffMillis = 100;
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(1000);
                    if (notifications == null) {
                        continue;
                    }
                    for (PGNotification notification : notifications) {
                        String payload = notification.getParameter();
                        if (payload.equals("*")) {
                            representations.invalidateAll();
                        } else {
                            representations.invalidate(UUID.fromString(payload));
                        }
                    }
                }
            } catch (Exception e) {
                representations.suspend();
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
}
