package vn.antq.operations;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import vn.antq.support.Api;
import vn.antq.support.Fixtures;
import vn.antq.support.TestDatabase;

import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/**
 * What clients see when the database goes away and comes back. The test plays the operator through a
 * superuser connection: it ends the service's server processes (as a restart or a failover does) and makes
 * the database refuse the service's connections (as a server that is down or full does).
 */
@QuarkusTest
class DatabaseOutageTest {

    private static final String ORGANIZATIONS = "/api/v1/organizations";

    /** Readiness, on the management interface's port. */
    @TestHTTPResource(value = "/health/ready", management = true)
    URL ready;

    @Test
    void afterTheServiceConnectionsAreKilledNoRequestFailsOnAStaleOne() throws Exception {
        String id = Fixtures.createOrganization(Fixtures.central("Tổ chức " + Fixtures.tag(), "other"));
        // Fill the pool with several open connections, as a busy service has.
        List<CompletableFuture<Integer>> warm = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            warm.add(CompletableFuture.supplyAsync(() -> Api.viewer().get(ORGANIZATIONS + "/" + id).statusCode()));
        }
        warm.forEach(CompletableFuture::join);

        int killed = terminateServiceConnections();
        assertThat(killed).as("pooled connections that were ended").isPositive();

        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            statuses.add(Api.viewer().get(ORGANIZATIONS + "/" + id).statusCode());
        }
        assertThat(statuses).containsOnly(200);
    }

    @Test
    void whileTheDatabaseRefusesConnectionsRequestsGet503WithRetryAfterAndReadinessIsDown() throws Exception {
        String name = "Tổ chức " + Fixtures.tag();
        try {
            refuseServiceConnections(true);
            terminateServiceConnections();

            ExtractableResponse<Response> read = Api.viewer().get(ORGANIZATIONS).then().extract();
            assertThat(read.statusCode()).isEqualTo(503);
            assertThat(read.contentType()).startsWith("application/problem+json");
            assertThat(read.header("Retry-After")).isEqualTo("5");
            assertThat(read.jsonPath().getString("type")).isEqualTo("urn:antq:problem:service-unavailable");

            ExtractableResponse<Response> write = Api.admin().body(Fixtures.central(name, "other")).post(ORGANIZATIONS).then().extract();
            assertThat(write.statusCode()).isEqualTo(503);
            assertThat(write.header("Retry-After")).isEqualTo("5");

            RestAssured.get(ready).then().statusCode(503).body("status", equalTo("DOWN"));
        } finally {
            refuseServiceConnections(false);
        }
        RestAssured.get(ready).then().statusCode(200).body("status", equalTo("UP"));
        // Back at once, and the refused write left nothing behind.
        Api.viewer().queryParam("q", name).get(ORGANIZATIONS).then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void aServerThatOnlyReadsAsAFailoverLeavesTheOldPrimaryAnswers503AndItsConnectionsAreNotKept() throws Exception {
        String refused = "Tổ chức " + Fixtures.tag();
        String accepted = "Tổ chức " + Fixtures.tag();
        try {
            // New sessions only read, as on a primary that a failover has turned into a standby.
            onlyReadInNewSessions(true);
            terminateServiceConnections();

            ExtractableResponse<Response> write = Api.admin().body(Fixtures.central(refused, "other")).post(ORGANIZATIONS).then().extract();
            assertThat(write.statusCode()).isEqualTo(503);
            assertThat(write.contentType()).startsWith("application/problem+json");
            assertThat(write.header("Retry-After")).isEqualTo("5");

            RestAssured.get(ready).then().statusCode(503).body("status", equalTo("DOWN"));
        } finally {
            onlyReadInNewSessions(false);
        }
        // No read-only connection stayed in the pool: the next write goes through at once.
        Api.admin().body(Fixtures.central(accepted, "other")).post(ORGANIZATIONS).then().statusCode(201);
        Api.viewer().queryParam("q", refused).get(ORGANIZATIONS).then().statusCode(200).body("items", hasSize(0));
    }

    /** Ends every server process of the service's role on the test database; returns how many there were. */
    private static int terminateServiceConnections() throws SQLException {
        try (Connection connection = TestDatabase.superuserOnTestDatabase(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                     + " WHERE datname = current_database() AND usename = '" + TestDatabase.APP + "'")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** A connection limit of 0 makes the server refuse new connections of every role but superusers. */
    private static void refuseServiceConnections(boolean refuse) throws SQLException {
        try (Connection connection = TestDatabase.superuserOnTestDatabase(); Statement statement = connection.createStatement()) {
            statement.execute("ALTER DATABASE \"" + TestDatabase.NAME + "\" CONNECTION LIMIT " + (refuse ? 0 : -1));
        }
    }

    /** The service's sessions opened from now on default to read-only transactions (open ones keep theirs). */
    private static void onlyReadInNewSessions(boolean readOnly) throws SQLException {
        try (Connection connection = TestDatabase.superuserOnTestDatabase(); Statement statement = connection.createStatement()) {
            statement.execute("ALTER ROLE \"" + TestDatabase.APP + "\" IN DATABASE \"" + TestDatabase.NAME + "\" " + (readOnly
                    ? "SET default_transaction_read_only = on" : "RESET default_transaction_read_only"));
        }
    }
}
