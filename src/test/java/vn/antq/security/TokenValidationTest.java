package vn.antq.security;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.antq.support.Api;
import vn.antq.support.Fixtures;
import vn.antq.support.Tokens;

import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.nullValue;

/**
 * The service accepts only tokens that its issuer signed for it, within their validity period; every
 * other bearer value is answered 401 with a problem and {@code WWW-Authenticate: Bearer}.
 */
@QuarkusTest
class TokenValidationTest {

    private static final String ORGANIZATIONS = "/api/v1/organizations";
    private static final String TRUSTED = "/keys/test-signer.pem";
    private static final String UNTRUSTED = "/keys/untrusted-signer.pem";

    static Stream<Arguments> rejectedTokens() {
        long now = Instant.now().getEpochSecond();
        return Stream.of(
                Arguments.of("expired two minutes ago", admin(c -> c.issuedAt(now - 900).expiresAt(now - 120), TRUSTED)),
                Arguments.of("expired one second ago", admin(c -> c.issuedAt(now - 900).expiresAt(now - 1), TRUSTED)),
                Arguments.of("not valid before ten minutes from now", admin(c -> c.claim("nbf", now + 600), TRUSTED)),
                Arguments.of("without expiry", rs256(claims(now, null))),
                Arguments.of("from another issuer", admin(c -> c.issuer("https://id.example.org/realms/antq"), TRUSTED)),
                Arguments.of("without issuer", admin(c -> c.remove("iss"), TRUSTED)),
                Arguments.of("for another audience", admin(c -> c.audience("another-service"), TRUSTED)),
                Arguments.of("without audience", admin(c -> c.remove("aud"), TRUSTED)),
                Arguments.of("signed by another key", admin(c -> c, UNTRUSTED)),
                Arguments.of("with alg none", unsigned()),
                Arguments.of("HS256 keyed with the public key", hmacWithPublicKey()),
                Arguments.of("with a tampered payload", tampered()),
                Arguments.of("with a tampered signature", tamperedSignature(0)),
                Arguments.of("with the signature's last byte tampered", tamperedSignature(-1)),
                Arguments.of("garbage", "not-a-token"),
                Arguments.of("three empty segments", ".."),
                Arguments.of("one segment and a dot", "abc."),
                Arguments.of("a dot and one segment", ".abc"),
                Arguments.of("two segments", "e30.e30"),
                Arguments.of("empty middle segment", "e30..abc"),
                Arguments.of("three garbage segments", "a.b.c"),
                Arguments.of("segments that are not base64url", "@@@.###.$$$"),
                Arguments.of("segments that are not JSON", "Zm9v.YmFy.YmF6"));
    }

    /** The rejected values that are syntactically tokens (RFC 6750 b64token, not only dots); the others are 401 everywhere (below). */
    static Stream<Arguments> tokenShapedRejectedTokens() {
        return rejectedTokens().filter(a -> ((String) a.get()[1]).matches("[A-Za-z0-9._~+/-]*[A-Za-z0-9_~+/-][A-Za-z0-9._~+/-]*=*"));
    }

    /**
     * A token-shaped bearer value that is not one of ours, on a public read: the read needs no identity, so
     * the credential is never verified (authentication is not proactive) and the public data is served.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("tokenShapedRejectedTokens")
    void tokenShapedValuesOnAPublicReadAreNotVerified(String description, String token) {
        Api.invalidRequest(token).get("/api/v1/admin-units/2025/38").then().statusCode(200)
                .body("code", equalTo("38")).header("WWW-Authenticate", nullValue());
    }

    /** A credential that is not even a token (RFC 6750 b64token) is refused before any verification, everywhere. */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"..", ".", "...", "@@@.###.$$$", "a b", "e30.e30.abc\"", "Zm9v=YmFy"})
    void credentialsThatAreNotTokensAre401EvenOnPublicReads(String credential) {
        for (String path : List.of("/api/v1/admin-units/2025/38", "/api/v1/admin-units", ORGANIZATIONS)) {
            Api.invalidRequest(null).header("Authorization", "Bearer " + credential).get(path).then().statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", startsWith("Bearer"))
                    .body("status", equalTo(401));
        }
        // The scheme name is case-insensitive (RFC 9110).
        Api.invalidRequest(null).header("Authorization", "bearer " + credential).get(ORGANIZATIONS).then().statusCode(401)
                .contentType("application/problem+json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejectedTokens")
    void invalidTokensAre401Problems(String description, String token) {
        for (var request : List.of(Api.invalidRequest(token).get(ORGANIZATIONS),
                Api.invalidRequest(token).body(Fixtures.central("Bộ " + Fixtures.tag(), "police")).post(ORGANIZATIONS))) {
            request.then().statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", startsWith("Bearer"))
                    .body("status", equalTo(401))
                    .body("title", equalTo("Unauthorized"));
        }
    }

    @Test
    void aRejectedAdminTokenWritesNothing() {
        String tag = Fixtures.tag();
        String forged = admin(c -> c, UNTRUSTED);
        Api.invalidRequest(forged).body(Fixtures.central("Bộ " + tag, "police")).post(ORGANIZATIONS).then().statusCode(401);
        Api.admin().queryParam("q", tag).get(ORGANIZATIONS).then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void theControlTokenIsAccepted() {
        Api.as(admin(c -> c, TRUSTED)).get(ORGANIZATIONS).then().statusCode(200);
        // The hand-made signature is the real one: with an expiry, the same token is accepted.
        long issued = Instant.now().getEpochSecond();
        Api.as(rs256(claims(issued, issued + 600))).get(ORGANIZATIONS).then().statusCode(200);
        // A small clock lead of the issuer is harmless: issued now, valid from now.
        long now = Instant.now().getEpochSecond();
        Api.as(admin(c -> c.issuedAt(now).claim("nbf", now - 5), TRUSTED)).get(ORGANIZATIONS).then().statusCode(200);
    }

    /** Authentication succeeds, but the token grants no role: 403, not 401. */
    @Test
    void aValidTokenWithoutRolesIsForbidden() {
        String noRoles = Tokens.sign(c -> c.remove("roles"), "viewer", List.of(), TRUSTED);
        forbidden(noRoles);
        String unknownRole = Tokens.sign(c -> c.claim("roles", List.of("superuser")), "viewer", List.of(), TRUSTED);
        forbidden(unknownRole);
        // Roles count only from the configured claim (roles), not from groups or scope.
        String groups = Tokens.sign(c -> c.remove("roles").groups("admin").scope("admin"), "viewer", List.of(), TRUSTED);
        forbidden(groups);
        String tag = Fixtures.tag();
        Api.as(groups).body(Fixtures.central("Bộ " + tag, "police")).post(ORGANIZATIONS).then().statusCode(403)
                .contentType("application/problem+json");
        Api.admin().queryParam("q", tag).get(ORGANIZATIONS).then().statusCode(200).body("items", hasSize(0));
    }

    private static void forbidden(String token) {
        Api.as(token).get(ORGANIZATIONS).then().statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403));
    }

    // ------------------------------------------------------------------------------------------

    private static String admin(UnaryOperator<JwtClaimsBuilder> tweak, String key) {
        return Tokens.sign(tweak, "admin", List.of(), key);
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /** The claims of a valid admin token, written by hand; {@code exp} is left out when {@code expiry} is null. */
    private static String claims(long now, Long expiry) {
        return "{\"iss\":\"" + Tokens.ISSUER + "\",\"aud\":\"" + Tokens.AUDIENCE + "\",\"sub\":\"test-admin\","
                + "\"azp\":\"test-client-admin\",\"roles\":[\"admin\"],\"iat\":" + now
                + (expiry == null ? "" : ",\"exp\":" + expiry) + "}";
    }

    /** An admin token with {@code "alg": "none"} and an empty signature, otherwise valid. */
    private static String unsigned() {
        long now = Instant.now().getEpochSecond();
        return base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + base64Url(claims(now, now + 600)) + ".";
    }

    /**
     * Signs {@code payload} exactly as given with the trusted key (the token builder would add a default
     * expiry of its own, so tokens without one are built by hand).
     */
    private static String rs256(String payload) {
        try {
            String signingInput = base64Url("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"test\"}") + "." + base64Url(payload);
            java.security.Signature signature = java.security.Signature.getInstance("SHA256withRSA");
            signature.initSign(io.smallrye.jwt.util.KeyUtils.readPrivateKey(TRUSTED));
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The classic key confusion: HMAC-signed with the service's public key (which anyone may know) as secret. */
    private static String hmacWithPublicKey() {
        try (InputStream in = TokenValidationTest.class.getResourceAsStream("/keys/test-signer.pub.pem")) {
            byte[] publicKey = in.readAllBytes();
            return Jwt.issuer(Tokens.ISSUER).audience(Tokens.AUDIENCE).subject("test-admin")
                    .claim("roles", List.of("admin")).expiresIn(600)
                    .jws().algorithm(SignatureAlgorithm.HS256).sign(new SecretKeySpec(publicKey, "HmacSHA256"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A valid token whose decoded signature has one bit flipped at {@code index} (negative: from the end).
     * The byte is changed, not a base64url character: the last character of an RS256 signature carries only
     * two bits, so editing it may leave the signature as it was.
     */
    private static String tamperedSignature(int index) {
        String[] parts = Tokens.viewer().split("\\.");
        byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
        signature[Math.floorMod(index, signature.length)] ^= 0x01;
        return parts[0] + "." + parts[1] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
    }

    /** A viewer's validly signed token whose payload was rewritten to grant admin. */
    private static String tampered() {
        String[] parts = Tokens.viewer().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"viewer\"", "\"admin\"");
        return parts[0] + "." + base64Url(payload) + "." + parts[2];
    }
}
