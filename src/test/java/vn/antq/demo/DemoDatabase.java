package vn.antq.demo;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * A database of its own for the demo test, made afresh for each run: the demo's records never reach
 * the database the other tests share, and the first load starts from nothing.
 */
public class DemoDatabase implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        String server = System.getenv().getOrDefault("ANTQ_DB_SERVER_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
        String name = System.getenv().getOrDefault("ANTQ_TEST_DB_NAME", "antq_test") + "_demo";
        try (Connection connection = DriverManager.getConnection(server,
                System.getenv().getOrDefault("ANTQ_DB_USER", "postgres"),
                System.getenv().getOrDefault("ANTQ_DB_PASSWORD", "postgres"));
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)");
            statement.execute("CREATE DATABASE \"" + name + "\" ENCODING 'UTF8' TEMPLATE template0");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot make the demo test database " + name + " at " + server, e);
        }
        return Map.of("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:5432/" + name);
    }

    @Override
    public void stop() {
    }
}
