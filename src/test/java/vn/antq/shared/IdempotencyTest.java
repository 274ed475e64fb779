package vn.antq.shared;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import vn.antq.support.Api;
import vn.antq.support.Fixtures;
import vn.antq.support.Tokens;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Retries of a POST with an Idempotency-Key get the first answer and write nothing more. */
@QuarkusTest
class IdempotencyTest {

    private static final String ORGANIZATIONS = "/api/v1/organizations";

    @Test
    void aRetryGetsTheFirstResponseAndCreatesNothing() {
        String tag = Fixtures.tag();
        Map<String, Object> body = Fixtures.districtPolice("Công an " + tag);
        String key = UUID.randomUUID().toString();

        Response first = Api.admin().header("Idempotency-Key", key).body(body).post(ORGANIZATIONS);
        first.then().statusCode(201);
        Response retry = Api.admin().header("Idempotency-Key", key).body(body).post(ORGANIZATIONS);
        retry.then().statusCode(201);

        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(retry.asString()).isEqualTo(first.asString());
        assertThat(named(tag)).isEqualTo(1);
    }

    @Test
    void theSameKeyForAnotherBodyIsRefused() {
        String tag = Fixtures.tag();
        String key = UUID.randomUUID().toString();
        Api.admin().header("Idempotency-Key", key).body(Fixtures.districtPolice("Công an " + tag)).post(ORGANIZATIONS)
                .then().statusCode(201);

        Api.admin().header("Idempotency-Key", key).body(Fixtures.districtPolice("Công an khác " + tag)).post(ORGANIZATIONS)
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:antq:problem:idempotency-key-reused"));
        assertThat(named(tag)).isEqualTo(1);
    }

    @Test
    void keysBelongToTheirCaller() {
        String tag = Fixtures.tag();
        String key = UUID.randomUUID().toString();
        Api.as(Tokens.admin()).header("Idempotency-Key", key).body(Fixtures.districtPolice("Công an " + tag)).post(ORGANIZATIONS)
                .then().statusCode(201);
        // Another caller's key of the same value is another key: its request runs.
        Api.as(Tokens.editor("38")).header("Idempotency-Key", key).body(Fixtures.districtPolice("Công an " + tag)).post(ORGANIZATIONS)
                .then().statusCode(201);
        assertThat(named(tag)).isEqualTo(2);
    }

    @Test
    void anAnswerThatMeansNotProcessedIsNotKept() {
        String tag = Fixtures.tag();
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Fixtures.districtPolice("Công an " + tag);
        // An editor of another province may not write in Thanh Hóa; the key stays free for that caller's retry.
        Api.as(Tokens.editor("01")).header("Idempotency-Key", key).body(body).post(ORGANIZATIONS).then().statusCode(403);
        assertThat(named(tag)).isZero();
        // A refused body is an answer, and the retry gets it again.
        Map<String, Object> invalid = Fixtures.districtPolice("");
        Api.invalidRequest(Tokens.admin()).header("Idempotency-Key", key).body(invalid).post(ORGANIZATIONS).then().statusCode(400);
        Api.invalidRequest(Tokens.admin()).header("Idempotency-Key", key).body(invalid).post(ORGANIZATIONS).then().statusCode(400)
                .body("errors.field", equalTo(List.of("name")));
    }

    @Test
    void concurrentRetriesCreateExactlyOneRecord() throws Exception {
        String tag = Fixtures.tag();
        Map<String, Object> body = Fixtures.districtPolice("Công an " + tag);
        String key = UUID.randomUUID().toString();
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Response>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                Callable<Response> post = () -> {
                    start.await();
                    return Api.admin().header("Idempotency-Key", key).body(body).post(ORGANIZATIONS);
                };
                answers.add(pool.submit(post));
            }
            start.countDown();
            List<Response> created = new ArrayList<>();
            for (Future<Response> answer : answers) {
                Response response = answer.get();
                assertThat(response.statusCode()).isIn(201, 409);
                if (response.statusCode() == 201) {
                    created.add(response);
                } else {
                    response.then().contentType("application/problem+json").body("type", equalTo("urn:antq:problem:conflict"));
                }
            }
            assertThat(created).isNotEmpty();
            assertThat(created).extracting(Response::asString).containsOnly(created.get(0).asString());
            assertThat(created).extracting(r -> r.header("Location")).containsOnly(created.get(0).header("Location"));
        } finally {
            pool.shutdownNow();
        }
        assertThat(named(tag)).isEqualTo(1);
        // Once answered, every retry gets the answer.
        Api.admin().header("Idempotency-Key", key).body(body).post(ORGANIZATIONS).then().statusCode(201);
        assertThat(named(tag)).isEqualTo(1);
    }

    @Test
    void aMalformedKeyIsABadRequest() {
        Api.invalidRequest(Tokens.admin()).header("Idempotency-Key", "two words").body(Fixtures.districtPolice("Công an " + Fixtures.tag()))
                .post(ORGANIZATIONS).then().statusCode(400).body("errors.field", equalTo(List.of("Idempotency-Key")));
    }

    private static int named(String tag) {
        return Api.viewer().queryParam("q", tag).queryParam("limit", "100").get(ORGANIZATIONS).then().statusCode(200)
                .extract().jsonPath().getList("items").size();
    }
}
