package vn.antq.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * Creates the test database on the local PostgreSQL server when it is missing, before Quarkus starts
 * and Flyway migrates it. Tests run against the real database, never a substitute.
 */
public class TestDatabase implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        // The server: ANTQ_DB_SERVER_URL, else libpq's PGHOST and PGPORT, else the local default.
        String server = System.getenv().getOrDefault("ANTQ_DB_SERVER_URL", "jdbc:postgresql://"
                + System.getenv().getOrDefault("PGHOST", "127.0.0.1") + ":" + System.getenv().getOrDefault("PGPORT", "5432") + "/postgres");
        String name = System.getenv().getOrDefault("ANTQ_TEST_DB_NAME", "antq_test");
        try (Connection connection = DriverManager.getConnection(server,
                System.getenv().getOrDefault("ANTQ_DB_USER", "postgres"),
                System.getenv().getOrDefault("ANTQ_DB_PASSWORD", "postgres"));
             Statement statement = connection.createStatement()) {
            try (ResultSet exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
                if (!exists.next()) {
                    statement.execute("CREATE DATABASE \"" + name + "\" ENCODING 'UTF8' TEMPLATE template0");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach PostgreSQL at " + server + " to create the test database", e);
        }
        // The test database lives on the same server: its URL is the server's with the database name replaced.
        return Map.of("quarkus.datasource.jdbc.url", server.substring(0, server.lastIndexOf('/') + 1) + name);
    }

    @Override
    public void stop() {
    }
}
