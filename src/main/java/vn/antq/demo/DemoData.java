package vn.antq.demo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Loads the records the source documents describe, for the demo run only (antq.demo-data.enabled).
 * Kept apart from the migrations: production databases never receive it. The script is idempotent
 * (fixed ids, ON CONFLICT DO NOTHING), so starting the demo twice is harmless.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    private static final String SCRIPT = "db/demo/demo-data.sql";

    @ConfigProperty(name = "antq.demo-data.enabled")
    boolean enabled;

    @Inject
    AgroalDataSource dataSource;

    void onStart(@Observes StartupEvent event) throws SQLException, IOException {
        if (!enabled) {
            return;
        }
        String sql;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + SCRIPT);
            }
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SELECT set_config('antq.actor_subject', 'demo-data', true)");
                statement.execute(sql);
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        }
        LOG.info("Demo data loaded (the records described by the source documents)");
    }
}
