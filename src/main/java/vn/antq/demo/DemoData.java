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
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Loads the records the source documents describe, for the demo run only (antq.demo-data.enabled).
 * Kept apart from the migrations: production databases never receive it. The scripts are idempotent
 * (fixed ids, ON CONFLICT DO NOTHING), and so are the generated records that follow them
 * ({@link DemoRecords}), so starting the demo twice is harmless.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** Whether to load, and the scripts: one per feature, run in this order in one transaction. */
    @Inject
    AntqConfig config;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    DemoRecords records;

    void onStart(@Observes StartupEvent event) throws SQLException, IOException {
        if (!config.demoData().enabled()) {
            return;
        }
        LocalDate today = LocalDate.now(VIETNAM);
        boolean generated;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SELECT set_config('antq.actor_subject', 'demo-data', true)");
                for (String script : config.demoData().scripts()) {
                    statement.execute(read(script));
                }
                connection.commit();
                generated = DemoRepository.generatedComplete(connection, ComingFestivalDay.nextFestivalDay(today).getYear());
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        }
        if (generated) {
            LOG.infof("Demo data loaded (the records described by the source documents): %s; generated records already present", config.demoData().scripts());
            return;
        }
        long started = System.nanoTime();
        DemoRecords.Loaded loaded = records.load(today);
        LOG.infof("Demo data loaded (the records described by the source documents): %s; generated records written: %s, in %d ms",
                config.demoData().scripts(), loaded, (System.nanoTime() - started) / 1_000_000);
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
