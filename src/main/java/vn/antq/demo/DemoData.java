package vn.antq.demo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import vn.antq.shared.config.AntqConfig;
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
    /** Whether to load, and the scripts: one per feature, run in this order in one transaction. */
    @Inject
    AntqConfig config;

    @Inject
    AgroalDataSource dataSource;

    void onStart(@Observes StartupEvent event) throws SQLException, IOException {
        if (!config.demoData().enabled()) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SELECT set_config('antq.actor_subject', 'demo-data', true)");
                for (String script : config.demoData().scripts()) {
                    statement.execute(read(script));
                }
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        }
        LOG.infof("Demo data loaded (the records described by the source documents): %s", config.demoData().scripts());
    }

    private String read(String script) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(script)) {
            if (in == null) {
                throw new IllegalStateException("Missing demo script " + script);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
