package vn.antq.security;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.antq.support.Api;
import vn.antq.support.SteppedClock;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-client rate limit, with a quota of 5 requests per minute, on a clock that stands still 10 s into
 * a minute: every figure of the headers is known in advance, and the next window begins when the test
 * moves the clock.
 */
@QuarkusTest
@TestProfile(RateLimitTest.FiveRequestsPerMinute.class)
class RateLimitTest {

    private static final int LIMIT = 5;
    private static final String PUBLIC_READ = "/api/v1/admin-units/2025/38";

    public static class FiveRequestsPerMinute implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("antq.rate-limit.requests-per-minute", Integer.toString(LIMIT));
        }

        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(SteppedClock.class);
        }
    }

    @Inject
    SteppedClock clock;

    @Test
    void theQuotaCountsDownWithinAWindowAndRequestsBeyondItAre429UntilTheNextWindow() {
        List<ExtractableResponse<Response>> allowed = new ArrayList<>();
        for (int i = 0; i < LIMIT; i++) {
            allowed.add(Api.anonymous().get(PUBLIC_READ).then().statusCode(200).extract());
        }
        for (int i = 0; i < LIMIT; i++) {
            var response = allowed.get(i);
            assertThat(response.header("RateLimit-Limit")).isEqualTo("5");
            assertThat(response.header("RateLimit-Remaining")).isEqualTo(Integer.toString(LIMIT - 1 - i));
            assertThat(response.header("RateLimit-Reset")).isEqualTo("50");
        }

        var refused = Api.anonymous().get(PUBLIC_READ).then().statusCode(429).extract();
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.jsonPath().getInt("status")).isEqualTo(429);
        assertThat(refused.jsonPath().getString("title")).isEqualTo("Too Many Requests");
        assertThat(refused.header("Retry-After")).isEqualTo("50");
        assertThat(refused.header("RateLimit-Remaining")).isEqualTo("0");
        assertThat(refused.header("X-Content-Type-Options")).isEqualTo("nosniff");

        // Every path under /api shares the quota: an authenticated list is refused before its token is read.
        var list = Api.invalidRequest(null).get("/api/v1/organizations").then().statusCode(429).extract();
        assertThat(list.header("Retry-After")).isEqualTo("50");

        // 49 s later the window is still the same one.
        clock.advance(Duration.ofSeconds(49));
        assertThat(Api.anonymous().get(PUBLIC_READ).then().statusCode(429).extract().header("Retry-After")).isEqualTo("1");

        // The next minute is a new window with the whole quota.
        clock.advance(Duration.ofSeconds(1));
        var fresh = Api.anonymous().get(PUBLIC_READ).then().statusCode(200).extract();
        assertThat(fresh.header("RateLimit-Remaining")).isEqualTo("4");
        assertThat(fresh.header("RateLimit-Reset")).isEqualTo("60");
    }
}
