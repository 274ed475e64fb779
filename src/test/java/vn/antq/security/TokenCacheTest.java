package vn.antq.security;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.antq.support.Api;
import vn.antq.support.Fixtures;
import vn.antq.support.SteppedClock;
import vn.antq.support.Tokens;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * A bearer token verified once is served from the cache of verified tokens until it expires, and at most
 * five minutes: counted by the antq.token.cache counters (hit: served from the cache; miss: verified by
 * quarkus-oidc). The cache reads a clock that the test moves; quarkus-oidc reads the real one.
 */
@QuarkusTest
@TestProfile(TokenCacheTest.SteppedTime.class)
class TokenCacheTest {

    private static final String ORGANIZATIONS = "/api/v1/organizations";
    private static final String TRUSTED = "/keys/test-signer.pem";

    public static class SteppedTime implements QuarkusTestProfile {
        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(SteppedClock.class);
        }
    }

    @Inject
    SteppedClock clock;

    @Inject
    MeterRegistry registry;

    @BeforeEach
    void clockAtRealTime() {
        clock.set(Instant.now());
    }

    @Test
    void aTokenSentAgainIsServedFromTheCacheWithItsRoles() {
        String admin = Tokens.admin();
        Lookups before = lookups();
        create(admin).statusCode(201);
        assertThat(lookups().since(before)).isEqualTo(new Lookups(0, 1));

        create(admin).statusCode(201);
        assertThat(lookups().since(before)).isEqualTo(new Lookups(1, 1));
    }

    @Test
    void aCachedViewerTokenIsStillForbiddenToWrite() {
        String viewer = Tokens.viewer();
        Api.as(viewer).get(ORGANIZATIONS).then().statusCode(200);
        Lookups before = lookups();
        create(viewer).statusCode(403).body("status", equalTo(403));
        assertThat(lookups().since(before)).isEqualTo(new Lookups(1, 0));
    }

    @Test
    void aTokenWithOneBitOfItsSignatureFlippedIsRefusedAfterTheGenuineOne() {
        String admin = Tokens.admin();
        create(admin).statusCode(201);
        String[] parts = admin.split("\\.");
        byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
        signature[signature.length / 2] ^= 0x01;
        String tampered = parts[0] + "." + parts[1] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);

        Lookups before = lookups();
        refused(tampered);
        assertThat(lookups().since(before)).isEqualTo(new Lookups(0, 1));
        create(admin).statusCode(201);
    }

    @Test
    void anExpiredTokenIsRefusedThoughATokenWithTheSameClaimsIsCached() {
        long now = Instant.now().getEpochSecond();
        String valid = admin(c -> c.issuedAt(now - 900).expiresAt(now + 600).claim("jti", "same-" + Fixtures.tag()));
        String expired = admin(c -> c.issuedAt(now - 900).expiresAt(now - 1).claim("jti", "same-" + Fixtures.tag()));
        create(valid).statusCode(201);
        create(valid).statusCode(201);
        refused(expired);
    }

    @Test
    void aCachedTokenIsNotServedFromItsExpiryOn() {
        long expiry = Instant.now().getEpochSecond() + 600;
        String admin = admin(c -> c.expiresAt(expiry));
        create(admin).statusCode(201);

        // The cache's clock reaches the expiry; the real one has not, so quarkus-oidc verifies and accepts it.
        clock.set(Instant.ofEpochSecond(expiry));
        Lookups before = lookups();
        create(admin).statusCode(201);
        assertThat(lookups().since(before)).isEqualTo(new Lookups(0, 1));
    }

    @Test
    void aCachedTokenIsVerifiedAgainFiveMinutesAfterItsVerification() {
        String admin = Tokens.admin();
        create(admin).statusCode(201);
        Lookups before = lookups();
        clock.advance(Duration.ofMinutes(5).minusSeconds(1));
        create(admin).statusCode(201);
        assertThat(lookups().since(before)).isEqualTo(new Lookups(1, 0));

        clock.advance(Duration.ofSeconds(1));
        create(admin).statusCode(201);
        assertThat(lookups().since(before)).isEqualTo(new Lookups(1, 1));
        // Verified again, it is cached anew.
        create(admin).statusCode(201);
        assertThat(lookups().since(before)).isEqualTo(new Lookups(2, 1));
    }

    @Test
    void aShortLivedTokenIsRefusedOnceItExpiresThoughItWasCached() throws InterruptedException {
        long expiry = Instant.now().getEpochSecond() + 2;
        String admin = admin(c -> c.expiresAt(expiry));
        create(admin).statusCode(201);
        create(admin).statusCode(201);
        Thread.sleep(Math.max(0, expiry * 1000 + 100 - System.currentTimeMillis()));
        clock.set(Instant.now());
        refused(admin);
    }

    // ------------------------------------------------------------------------------------------

    private static ValidatableResponse create(String token) {
        return Api.as(token).body(Fixtures.central("Bộ " + Fixtures.tag(), "police")).post(ORGANIZATIONS).then();
    }

    private static void refused(String token) {
        create(token).statusCode(401).contentType("application/problem+json").body("status", equalTo(401));
    }

    private static String admin(UnaryOperator<JwtClaimsBuilder> tweak) {
        return Tokens.sign(tweak, "admin", List.of(), TRUSTED);
    }

    private Lookups lookups() {
        return new Lookups(count("hit"), count("miss"));
    }

    private long count(String result) {
        return (long) registry.get("antq.token.cache").tag("result", result).counter().count();
    }

    private record Lookups(long hits, long misses) {
        Lookups since(Lookups before) {
            return new Lookups(hits - before.hits, misses - before.misses);
        }
    }
}
