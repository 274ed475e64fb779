package vn.antq.reporting;

import com.sun.net.httpserver.HttpServer;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.antq.support.Api;
import vn.antq.support.Fixtures;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reminders: the job is called with the test's own "now" (the scheduler is off in the test profile), each
 * reminder is queued once in the webhook outbox however often the job runs, and the dispatcher delivers it, signed,
 * to a receiver in the test (awaited with a generous timeout, never assumed sent).
 */
@QuarkusTest
class ReportingRemindersTest {

    private static final String SUBSCRIPTIONS = "/api/v1/webhook-subscriptions";
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @Inject
    ReportingReminders reminders;
    @Inject
    AgroalDataSource dataSource;

    private HttpServer receiver;
    private final List<JsonPath> received = Collections.synchronizedList(new ArrayList<>());
    private final List<String> subscriptions = new ArrayList<>();

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (exchange.getRequestHeaders().getFirst("webhook-signature") != null) {
                received.add(JsonPath.from(body));
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stop() {
        for (String id : subscriptions) {
            String etag = Api.admin().get(SUBSCRIPTIONS + "/" + id).then().extract().header("ETag");
            Api.admin().header("If-Match", etag).delete(SUBSCRIPTIONS + "/" + id);
        }
        receiver.stop(0);
    }

    @Test
    void dueSoonIsSentOnceTheConfiguredDaysBeforeTheDueDay() throws SQLException {
        String tag = Fixtures.tag();
        String province = ReportingFixtures.randomProvince();
        int year = ReportingFixtures.randomYear();
        String period = ReportingFixtures.create(ReportingFixtures.communePeriod(tag, province, year, year + "-05-20"));
        subscribe(province);

        // 8 days before (in Vietnam): not yet; the test profile keeps the default of 7 days.
        reminders.remind(Instant.parse(year + "-05-11T18:00:00Z")); // 12 May 01:00 in Vietnam
        assertThat(queued(period, "reporting-period.due-soon")).isZero();
        reminders.remind(Instant.parse(year + "-05-12T17:30:00Z")); // 13 May 00:30 in Vietnam: 7 days before
        reminders.remind(Instant.parse(year + "-05-13T03:00:00Z"));
        reminders.remind(Instant.parse(year + "-05-20T10:00:00Z")); // the due day itself
        assertThat(queued(period, "reporting-period.due-soon")).isEqualTo(1);

        await(() -> events(period, "reporting-period.due-soon").size() == 1);
        JsonPath event = events(period, "reporting-period.due-soon").get(0);
        assertThat(event.getString("data.collection")).isEqualTo("reporting-periods");
        assertThat(event.getString("data.change")).isEqualTo("due-soon");
        assertThat(event.getString("data.dueOn")).isEqualTo(year + "-05-20");
        assertThat(event.getString("data.adminUnit.code")).isEqualTo(province);
    }

    @Test
    void overdueIsSentOncePerUnitThatHasNotHandedItsReportIn() throws SQLException {
        String tag = Fixtures.tag();
        String province = ReportingFixtures.randomProvince();
        int year = ReportingFixtures.randomYear();
        String period = ReportingFixtures.create(ReportingFixtures.communePeriod(tag, province, year, year + "-05-20"));
        List<String> communes = ReportingFixtures.communes(province);
        ReportingFixtures.submitReport(tag, communes.get(0), year); // handed in (now, long before the due day)
        Fixtures.createIndicatorReport(ReportingFixtures.communeReport(tag, communes.get(1), year)); // a draft only
        subscribe(province);

        reminders.remind(Instant.parse(year + "-05-20T16:59:00Z")); // 23:59 on the due day in Vietnam: nobody is late
        assertThat(queued(period, "reporting-period.overdue")).isZero();
        reminders.remind(Instant.parse(year + "-05-20T17:01:00Z")); // 00:01 the next day
        reminders.remind(Instant.parse(year + "-05-25T03:00:00Z"));
        int late = communes.size() - 1;
        assertThat(queued(period, "reporting-period.overdue")).isEqualTo(late);

        await(() -> events(period, "reporting-period.overdue").size() >= late);
        List<JsonPath> overdue = events(period, "reporting-period.overdue");
        List<String> units = overdue.stream().map(e -> e.getString("data.adminUnit.code")).sorted().toList();
        assertThat(units).doesNotHaveDuplicates().hasSize(late).doesNotContain(communes.get(0)).contains(communes.get(1));
        JsonPath draft = overdue.stream().filter(e -> communes.get(1).equals(e.getString("data.adminUnit.code"))).findFirst().orElseThrow();
        assertThat(draft.getString("data.status")).isEqualTo("draft");
        assertThat(draft.getInt("data.daysLate")).isEqualTo(1);
    }

    private void subscribe(String province) {
        Map<String, Object> body = new HashMap<>();
        body.put("url", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");
        // The reminders go to the subscriptions of the indicator reports they are about (and of the periods).
        body.put("collections", List.of("indicator-reports"));
        body.put("adminUnit", Fixtures.unit("2025", province));
        body.put("secret", "whsec_" + Base64.getEncoder().encodeToString(randomKey()));
        body.put("description", "Bàn báo cáo " + province);
        body.put("status", "active");
        subscriptions.add(Api.admin().body(body).post(SUBSCRIPTIONS).then().statusCode(201).extract().path("id"));
    }

    /** The deliveries queued for the period's events of this type, to this test's subscriptions. */
    private int queued(String period, String type) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement query = c.prepareStatement("select count(*) from webhook_delivery where record_id = ?"
                     + " and event_type = ? and subscription_id = any(?)")) {
            query.setObject(1, UUID.fromString(period));
            query.setString(2, type);
            query.setArray(3, c.createArrayOf("uuid", subscriptions.stream().map(UUID::fromString).toArray()));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private List<JsonPath> events(String period, String type) {
        synchronized (received) {
            return received.stream().filter(e -> period.equals(e.getString("data.id")) && type.equals(e.getString("type"))).toList();
        }
    }

    private static void await(BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not reached within " + PATIENCE);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
