package vn.antq.shared.error;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import vn.antq.support.Api;
import vn.antq.support.Fixtures;
import vn.antq.support.Tokens;

import java.util.Map;

import static org.hamcrest.Matchers.equalTo;

/**
 * Refusals that HTTP itself raises before any resource runs (an unknown method, an Accept or a Content-Type the
 * operation does not serve, a body too large) are problems of the API's own types, never {@code about:blank}.
 */
@QuarkusTest
class FrameworkProblemsTest {

    private static final String REPORTS = "/api/v1/indicator-reports";

    @Test
    void aBodyOfAnotherTypeOnABodylessActionIs415() {
        String id = Fixtures.createIndicatorReport(Fixtures.indicatorReport(Fixtures.tag(), "178"));
        Api.invalidRequest(Tokens.admin()).header("If-Match", "\"0\"").contentType("text/plain").body("submit")
                .post(REPORTS + "/" + id + "/submission")
                .then().statusCode(415).contentType("application/problem+json")
                .body("type", equalTo(ProblemTypes.UNSUPPORTED_MEDIA_TYPE))
                .body("status", equalTo(415));
        // Nothing happened to the report.
        Api.admin().get(REPORTS + "/" + id).then().statusCode(200).body("status", equalTo("draft"));
    }

    @Test
    void anAcceptNoAnswerHasIs406() {
        Api.invalidRequest(Tokens.viewer()).accept("application/xml").get("/api/v1/organizations")
                .then().statusCode(406).contentType("application/problem+json")
                .body("type", equalTo(ProblemTypes.NOT_ACCEPTABLE));
    }

    @Test
    void aBodyOverTheLimitIs413() {
        Map<String, Object> body = Fixtures.central("Tổ chức " + Fixtures.tag(), "other");
        body.put("note", "x".repeat(1024 * 1024 + 10));
        Api.invalidRequest(Tokens.admin()).body(body).post("/api/v1/organizations")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo(ProblemTypes.CONTENT_TOO_LARGE));
    }

    /** 405 and the 404 of an unknown path are answered to no documented operation, so only their shape is checked. */
    @Test
    void aMethodThePathDoesNotServeIs405() {
        RestAssured.given().auth().oauth2(Tokens.admin()).delete("/api/v1/admin-units")
                .then().statusCode(405).contentType("application/problem+json")
                .body("type", equalTo(ProblemTypes.METHOD_NOT_ALLOWED))
                .body("status", equalTo(405));
    }

    @Test
    void anUnknownPathIsTheApisNotFound() {
        RestAssured.given().auth().oauth2(Tokens.admin()).get("/api/v1/nothing-here")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo(ProblemTypes.NOT_FOUND));
    }

    @Test
    void everyStatusHasOneOfTheApisTypes() {
        for (int status = 400; status < 600; status++) {
            org.assertj.core.api.Assertions.assertThat(ProblemTypes.forStatus(status)).as("status %d", status)
                    .startsWith("urn:antq:problem:");
        }
    }
}
