package vn.antq.security;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import vn.antq.support.Api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-client rate limit, with a quota of 5 requests per minute. The window is a wall-clock
 * minute, so a test may see one reset midway: it tolerates exactly that and nothing more.
 */
@QuarkusTest
@TestProfile(RateLimitTest.FiveRequestsPerMinute.class)
class RateLimitTest {

    private static final int LIMIT = 5;
    private static final int ATTEMPTS = 20;

    public static class FiveRequestsPerMinute implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("antq.rate-limit.requests-per-minute", Integer.toString(LIMIT));
        }
    }

    @Test
    void responsesAnnounceTheQuotaAndRequestsBeyondItAre429() {
        List<ExtractableResponse<Response>> responses = new ArrayList<>();
        ExtractableResponse<Response> refused = null;
        for (int i = 0; i < ATTEMPTS && refused == null; i++) {
            // A public, contract-valid read; the 429 it may get is part of its contract.
            var response = Api.anonymous().get("/api/v1/admin-units/2025/38").then().extract();
            if (response.statusCode() == 429) {
                refused = response;
            } else {
                assertThat(response.statusCode()).isEqualTo(200);
                responses.add(response);
            }
        }
        assertThat(refused).as("a 429 within %d requests", ATTEMPTS).isNotNull();

        for (var response : responses) {
            assertThat(response.header("RateLimit-Limit")).isEqualTo(Integer.toString(LIMIT));
            int remaining = Integer.parseInt(response.header("RateLimit-Remaining"));
            assertThat(remaining).isBetween(0, LIMIT - 1);
            assertThat(Integer.parseInt(response.header("RateLimit-Reset"))).isBetween(1, 60);
        }
        // Within one window Remaining counts down by one per request; it only goes up when a new window starts.
        int decreases = 0;
        int resets = 0;
        for (int i = 1; i < responses.size(); i++) {
            int before = Integer.parseInt(responses.get(i - 1).header("RateLimit-Remaining"));
            int after = Integer.parseInt(responses.get(i).header("RateLimit-Remaining"));
            if (after == before - 1) {
                decreases++;
            } else {
                assertThat(after).as("Remaining after a window reset").isEqualTo(LIMIT - 1);
                resets++;
            }
        }
        assertThat(resets).isLessThanOrEqualTo(1);
        assertThat(decreases).isGreaterThanOrEqualTo(LIMIT - 2);
        // The request just before the refusal used up the quota.
        assertThat(responses.get(responses.size() - 1).header("RateLimit-Remaining")).isEqualTo("0");

        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.jsonPath().getInt("status")).isEqualTo(429);
        assertThat(refused.jsonPath().getString("title")).isEqualTo("Too Many Requests");
        int retryAfter = Integer.parseInt(refused.header("Retry-After"));
        assertThat(retryAfter).isBetween(1, 60);
        assertThat(refused.header("RateLimit-Limit")).isEqualTo(Integer.toString(LIMIT));
        assertThat(refused.header("RateLimit-Remaining")).isEqualTo("0");
        assertThat(refused.header("X-Content-Type-Options")).isEqualTo("nosniff");

        // Every path under /api shares the quota: an authenticated list is refused too (unless the window just reset).
        var next = Api.invalidRequest(null).get("/api/v1/organizations").then().extract();
        if (next.statusCode() == 429) {
            assertThat(next.header("Retry-After")).isNotNull();
        } else {
            assertThat(next.statusCode()).isEqualTo(401);
            assertThat(next.header("RateLimit-Remaining")).isEqualTo(Integer.toString(LIMIT - 1));
        }
    }
}
