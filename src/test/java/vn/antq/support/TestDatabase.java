package vn.antq.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * Prepares the test database on the local PostgreSQL server before Quarkus starts and Flyway migrates it,
 * as the scripts do: the schema owner and the service's role exist, and the database belongs to the schema
 * owner. The first application start of a run makes it afresh, so that no run sees what an earlier one wrote and
 * the scenarios' figures do not drift between runs. Tests run against the real
 * database, never a substitute, and connect as the service's role.
 */
public class TestDatabase implements QuarkusTestResourceLifecycleManager {

    /** The server: ANTQ_DB_SERVER_URL, else libpq's PGHOST and PGPORT, else the local default. */
    public static final String SERVER = env("ANTQ_DB_SERVER_URL",
            "jdbc:postgresql://" + env("PGHOST", "127.0.0.1") + ":" + env("PGPORT", "5432") + "/postgres");
    public static final String NAME = env("ANTQ_TEST_DB_NAME", "antq_test");
    public static final String OWNER = env("ANTQ_MIGRATION_USER", "antq_owner");
    public static final String APP = env("ANTQ_DB_USER", "antq_app");
    /** As in deploy/lib/postgres.sh. */
    private static final String[] EXTENSIONS = {"unaccent", "pg_trgm", "cube", "earthdistance"};

    /** Whether this run has made its database afresh yet: a run starts on an empty one, whatever an earlier run left. */
    private static boolean madeAfresh;

    @Override
    public Map<String, String> start() {
        boolean fresh;
        synchronized (TestDatabase.class) {
            fresh = !madeAfresh;
            madeAfresh = true;
        }
        return Map.of("quarkus.datasource.jdbc.url", prepare(NAME, fresh));
    }

    /**
     * Makes the database {@code name} ready for the service as the scripts do (roles, owned by the schema
     * owner, extensions in place), afresh when {@code fresh}, and answers its URL.
     */
    public static String prepare(String name, boolean fresh) {
        try (Connection connection = superuser(SERVER); Statement statement = connection.createStatement()) {
            ensureRole(statement, OWNER, env("ANTQ_MIGRATION_PASSWORD", "antq_owner"));
            ensureRole(statement, APP, env("ANTQ_DB_PASSWORD", "antq_app"));
            String owner = ownerOf(connection, name);
            if (owner != null && (fresh || !owner.equals(OWNER))) {
                statement.execute("DROP DATABASE \"" + name + "\" WITH (FORCE)");
                owner = null;
            }
            if (owner == null) {
                statement.execute("CREATE DATABASE \"" + name + "\" ENCODING 'UTF8' TEMPLATE template0 OWNER \"" + OWNER + "\"");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach PostgreSQL at " + SERVER + " to prepare the database " + name, e);
        }
        // Extensions that only a superuser may create; the migrations then find them in place.
        try (Connection connection = superuser(url(name)); Statement statement = connection.createStatement()) {
            for (String extension : EXTENSIONS) {
                statement.execute("CREATE EXTENSION IF NOT EXISTS " + extension);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach PostgreSQL at " + SERVER + " to prepare the database " + name, e);
        }
        return url(name);
    }

    /** A database on the same server: the server's URL with the database name replaced. */
    public static String url(String name) {
        return SERVER.substring(0, SERVER.lastIndexOf('/') + 1) + name;
    }

    /** A superuser connection to the server (for the tests that play the operator: outages, privileges). */
    public static Connection superuser(String url) throws SQLException {
        return DriverManager.getConnection(url, env("ANTQ_DB_ADMIN_USER", "postgres"), env("ANTQ_DB_ADMIN_PASSWORD", "postgres"));
    }

    /** A superuser connection to the test database. */
    public static Connection superuserOnTestDatabase() throws SQLException {
        return superuser(url(NAME));
    }

    private static void ensureRole(Statement statement, String role, String password) throws SQLException {
        try (ResultSet exists = statement.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + role + "'")) {
            if (!exists.next()) {
                statement.execute("CREATE ROLE \"" + role + "\" LOGIN");
            }
        }
        statement.execute("ALTER ROLE \"" + role + "\" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '" + password + "'");
    }

    private static String ownerOf(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = ?")) {
            query.setString(1, name);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    @Override
    public void stop() {
    }
}
