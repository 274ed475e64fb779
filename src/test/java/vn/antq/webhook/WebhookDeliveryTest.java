package vn.antq.webhook;

import com.sun.net.httpserver.HttpServer;
import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;

/**
 * Webhook deliveries to a real receiver on this machine: an HTTP server in the test, which checks every
 * signature and answers as each test tells it to.
 */
@QuarkusTest
class WebhookDeliveryTest {

    /** The metrics, on the management interface's port. */
    @TestHTTPResource(value = "/metrics", management = true)
    java.net.URL metrics;

    private static final String SUBSCRIPTIONS = "/api/v1/webhook-subscriptions";
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Inject
    AgroalDataSource dataSource;
    @Inject
    Scheduler scheduler;
    @Inject
    WebhookDispatcher dispatcher;

    /** One request the receiver got. */
    record Received(String id, long timestamp, String signature, String body, int answered) {
        JsonPath json() {
            return JsonPath.from(body);
        }
    }

    private HttpServer receiver;
    private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
    /** Answers to give, in turn; 200 once they run out. */
    private final ConcurrentLinkedQueue<Integer> answers = new ConcurrentLinkedQueue<>();
    private final String secret = "whsec_" + Base64.getEncoder().encodeToString(randomKey());
    private final List<String> subscriptions = new ArrayList<>();

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Integer next = answers.poll();
            int status = next == null ? 200 : next;
            var headers = exchange.getRequestHeaders();
            received.add(new Received(headers.getFirst("webhook-id"), Long.parseLong(headers.getFirst("webhook-timestamp")),
                    headers.getFirst("webhook-signature"), body, status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stop() {
        if (scheduler.isPaused("webhook-dispatch")) {
            scheduler.resume("webhook-dispatch");
        }
        for (String id : subscriptions) {
            String etag = Api.admin().get(SUBSCRIPTIONS + "/" + id).then().extract().header("ETag");
            Api.admin().header("If-Match", etag).delete(SUBSCRIPTIONS + "/" + id);
        }
        receiver.stop(0);
    }

    @Test
    void signedDeliveriesArriveInOrderPerRecordAndAreRetriedAfterFailures() {
        double sentBefore = attempts("sent");
        double failedBefore = attempts("failed");
        answers.add(500);
        answers.add(503);
        String subscription = subscribe(List.of("organizations"), null);
        String id = Fixtures.createOrganization(Fixtures.districtPolice("Công an webhook " + Fixtures.tag()));
        String etag = Fixtures.etag("/api/v1/organizations/" + id);
        Map<String, Object> renamed = Fixtures.districtPolice("Công an webhook đổi tên " + Fixtures.tag());
        etag = Api.admin().header("If-Match", etag).body(renamed).put("/api/v1/organizations/" + id)
                .then().statusCode(200).extract().header("ETag");
        Api.admin().header("If-Match", etag).delete("/api/v1/organizations/" + id).then().statusCode(204);

        await(() -> accepted(id).size() == 3);
        // In order, each with a valid Standard Webhooks signature.
        assertThat(accepted(id)).extracting(r -> r.json().getString("type"))
                .containsExactly("organizations.created", "organizations.updated", "organizations.deleted");
        for (Received r : forRecord(id)) {
            assertThat(r.signature()).isEqualTo(WebhookSignature.sign(secret, r.id(), r.timestamp(), r.body()));
        }
        // The two failures were retried under the same event id, and each event was accepted once.
        List<Received> attempts = forRecord(id);
        assertThat(attempts).hasSize(5);
        assertThat(attempts.get(0).id()).isEqualTo(attempts.get(1).id()).isEqualTo(attempts.get(2).id());
        List<String> acceptedIds = accepted(id).stream().map(Received::id).toList();
        assertThat(new HashSet<>(acceptedIds)).hasSize(3);

        // The delivery log says so.
        JsonPath log = Api.admin().get(SUBSCRIPTIONS + "/" + subscription + "/deliveries").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Object> first = log.getMap("items.find { it.eventId == '" + attempts.get(0).id() + "' }");
        assertThat(first).containsEntry("status", "delivered").containsEntry("attempts", 3).containsEntry("lastStatus", 200);
        // And so do the metrics: at least these three sent and two failed attempts.
        assertThat(attempts("sent")).isGreaterThanOrEqualTo(sentBefore + 3);
        assertThat(attempts("failed")).isGreaterThanOrEqualTo(failedBefore + 2);
        assertThat(RestAssured.get(metrics).then().statusCode(200).extract().asString())
                .contains("antq_webhook_deliveries_pending").contains("antq_webhook_subscriptions{");
    }

    /** Delivery attempts so far with the given outcome, as the metrics count them. */
    private double attempts(String outcome) {
        String text = RestAssured.get(metrics).then().statusCode(200).extract().asString();
        java.util.regex.Matcher series = java.util.regex.Pattern.compile(
                "^antq_webhook_deliveries_total\\{[^}]*outcome=\"" + outcome + "\"[^}]*} ([0-9.E+-]+)$",
                java.util.regex.Pattern.MULTILINE).matcher(text);
        return series.find() ? Double.parseDouble(series.group(1)) : 0;
    }

    @Test
    void deliveredDeliveriesLeaveTheLogAfterTheRetentionWhilePendingOnesStay() throws Exception {
        String subscription = subscribe(List.of("organizations"), null);
        String delivered = Fixtures.createOrganization(Fixtures.districtPolice("Công an đã giao " + Fixtures.tag()));
        await(() -> accepted(delivered).size() == 1);
        String deliveredEvent = accepted(delivered).get(0).id();
        for (int i = 0; i < 200; i++) {
            answers.add(500);
        }
        String pending = Fixtures.createOrganization(Fixtures.districtPolice("Công an chờ giao " + Fixtures.tag()));
        await(() -> !forRecord(pending).isEmpty());
        String pendingEvent = forRecord(pending).get(0).id();
        // Delivered 31 days ago, as far as the log knows.
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "update webhook_delivery set delivered_at = now() - interval '31 days' where event_id = ?")) {
            update.setString(1, deliveredEvent);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }

        dispatcher.purgeDelivered();

        JsonPath log = Api.admin().get(SUBSCRIPTIONS + "/" + subscription + "/deliveries").then().statusCode(200)
                .extract().jsonPath();
        assertThat(log.getList("items.eventId", String.class)).doesNotContain(deliveredEvent).contains(pendingEvent);
        assertThat(log.getString("items.find { it.eventId == '" + pendingEvent + "' }.status")).isEqualTo("pending");
        answers.clear();
    }

    @Test
    void aRolledBackWriteIsNeverAnnounced() throws Exception {
        String id = Fixtures.createOrganization(Fixtures.districtPolice("Công an hoàn tác " + Fixtures.tag()));
        subscribe(List.of("organizations"), null);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement update = connection.prepareStatement("update organization set note = 'never' where id = ?")) {
                update.setObject(1, UUID.fromString(id));
                update.executeUpdate();
            }
            connection.rollback();
        }
        // A later committed write of another record is announced; the rolled-back one never is.
        String marker = Fixtures.createOrganization(Fixtures.districtPolice("Công an mốc " + Fixtures.tag()));
        await(() -> !accepted(marker).isEmpty());
        assertThat(forRecord(id)).extracting(r -> r.json().getString("type")).doesNotContain("organizations.updated");
    }

    @Test
    void deliveriesLeftByADeadReplicaAreTakenOverWhenItsLeaseRunsOut() {
        scheduler.pause("webhook-dispatch");
        String subscription = subscribe(List.of("organizations"), null);
        String id = Fixtures.createOrganization(Fixtures.districtPolice("Công an bàn giao " + Fixtures.tag()));
        // A replica fans the change out and claims it, then dies before sending it.
        await(() -> {
            dispatcher.fanOut();
            return !dispatcher.claim().isEmpty();
        });
        scheduler.resume("webhook-dispatch");

        await(() -> !accepted(id).isEmpty());
        assertThat(accepted(id)).hasSize(1);
        Api.admin().get(SUBSCRIPTIONS + "/" + subscription + "/deliveries").then().statusCode(200)
                .body("items[0].status", equalTo("delivered"))
                .body("items[0].attempts", equalTo(2));
    }

    @Test
    void aSubscriptionThatKeepsFailingIsPausedAndSaysWhy() {
        for (int i = 0; i < 1000; i++) {
            answers.add(500);
        }
        String subscription = subscribe(List.of("organizations"), null);
        Fixtures.createOrganization(Fixtures.districtPolice("Công an hỏng " + Fixtures.tag()));
        await(() -> Api.admin().get(SUBSCRIPTIONS + "/" + subscription).then().extract().path("status").equals("paused"));
        Api.admin().get(SUBSCRIPTIONS + "/" + subscription).then().statusCode(200)
                .body("pausedReason", not(emptyOrNullString()))
                .body("failingSince", not(emptyOrNullString()))
                .body("$", not(org.hamcrest.Matchers.hasKey("secret")));
    }

    @Test
    void subscriptionsRefuseUnsafeUrlsAndBadSecretsAndStayWithinAnEditorsAreas() {
        Map<String, Object> body = body("http://receiver.example.gov.vn/hook", List.of("organizations", "festivals"), null);
        body.put("secret", "plain");
        Api.invalidRequest(vn.antq.support.Tokens.admin()).body(body).post(SUBSCRIPTIONS).then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("url", "collections[1]", "secret"));
        Map<String, Object> elsewhere = body("https://receiver.example.gov.vn/hook", List.of("awards"), Fixtures.unit("2025", "01"));
        Api.as(vn.antq.support.Tokens.editor("38")).body(elsewhere).post(SUBSCRIPTIONS).then().statusCode(403);
        Api.viewer().get(SUBSCRIPTIONS).then().statusCode(403);
    }

    private String subscribe(List<String> collections, Map<String, Object> unit) {
        String id = Api.admin().body(body("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook", collections, unit))
                .post(SUBSCRIPTIONS).then().statusCode(201)
                .body("$", not(org.hamcrest.Matchers.hasKey("secret")))
                .extract().path("id");
        subscriptions.add(id);
        return id;
    }

    private Map<String, Object> body(String url, List<String> collections, Map<String, Object> unit) {
        Map<String, Object> body = new HashMap<>();
        body.put("url", url);
        body.put("collections", collections);
        body.put("adminUnit", unit);
        body.put("secret", secret);
        body.put("description", "Cổng thông tin tỉnh");
        body.put("status", "active");
        return body;
    }

    private List<Received> forRecord(String id) {
        synchronized (received) {
            return received.stream().filter(r -> id.equals(r.json().getString("data.id"))).toList();
        }
    }

    private List<Received> accepted(String id) {
        return forRecord(id).stream().filter(r -> r.answered() == 200).toList();
    }

    private static void await(BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not reached within " + PATIENCE);
            }
            try {
                Thread.sleep(100);
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
