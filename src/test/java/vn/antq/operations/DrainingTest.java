package vn.antq.operations;

import io.quarkus.arc.Arc;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import vn.antq.shared.error.ProblemTypes;
import vn.antq.support.Api;

import java.util.Map;

import static org.hamcrest.Matchers.equalTo;

/**
 * A replica leaving service: once SIGTERM's delay is over (Quarkus fires ShutdownDelayInitiatedEvent when it starts;
 * the delay is 0 here), new requests get a problem 503 with Retry-After and Connection: close. In an application of
 * its own, which is never asked to serve again.
 */
@QuarkusTest
@TestProfile(DrainingTest.Leaving.class)
class DrainingTest {

    public static class Leaving implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("antq.shutdown.retry-after", "3S");
        }
    }

    @Test
    void afterTheDelayNewRequestsGetAProblem503WithRetryAfter() {
        Api.viewer().get("/api/v1/organizations").then().statusCode(200);

        Arc.container().beanManager().getEvent().select(ShutdownDelayInitiatedEvent.class).fire(new ShutdownDelayInitiatedEvent());

        Api.viewer().get("/api/v1/organizations").then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "3")
                .header("Connection", "close")
                .body("type", equalTo(ProblemTypes.UNAVAILABLE))
                .body("status", equalTo(503));
    }
}
