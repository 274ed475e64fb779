package vn.antq.security;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import vn.antq.support.Api;

import java.net.URL;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A request refused by authentication is answered as a problem, and is counted in the metrics under its URI
 * template, not under its raw path (which would make one series per id).
 */
@QuarkusTest
class AuthFailureMetricsTest {

    /** The metrics, on the management interface's port. */
    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    private static final Pattern REFUSED_READS = Pattern.compile(
            "^http_server_requests_seconds_count\\{(?=[^}]*method=\"GET\")(?=[^}]*status=\"401\")"
                    + "(?=[^}]*uri=\"/api/v1/organizations/\\{id}\").*} ([0-9.]+)$", Pattern.MULTILINE);

    @Test
    void aRefusedTokenIsAProblemCountedUnderTheTemplate() {
        double before = refusedReads();
        for (int i = 0; i < 3; i++) {
            Api.invalidRequest("not-a-token")
                    .get("/api/v1/organizations/" + UUID.randomUUID())
                    .then().statusCode(401)
                    .header("WWW-Authenticate", startsWith("Bearer"))
                    .contentType("application/problem+json")
                    .body("status", equalTo(401));
        }
        assertEquals(before + 3, refusedReads());
    }

    private double refusedReads() {
        String text = RestAssured.get(metrics).then().statusCode(200).extract().asString();
        Matcher series = REFUSED_READS.matcher(text);
        return series.find() ? Double.parseDouble(series.group(1)) : 0;
    }

    /** Health and metrics are not on the API's port. */
    @Test
    void theApiPortServesNoMetricsNorHealth() {
        RestAssured.get("/q/metrics").then().statusCode(404);
        RestAssured.get("/q/health/ready").then().statusCode(404);
        RestAssured.get(metrics).then().statusCode(200);
    }
}
