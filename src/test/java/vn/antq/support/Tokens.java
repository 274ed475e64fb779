package vn.antq.support;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;

import java.security.PrivateKey;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Mints real RS256 tokens signed with the test key whose public half the service is configured
 * with, so that every test goes through the service's normal token verification.
 */
public final class Tokens {

    public static final String ISSUER = "https://id.antq.test/realms/antq";
    public static final String AUDIENCE = "antq-registry";

    private Tokens() {
    }

    public static String viewer() {
        return token("viewer", List.of());
    }

    public static String admin() {
        return token("admin", List.of());
    }

    /** An editor whose areas are the given 2025 province or commune codes. */
    public static String editor(String... areas) {
        return token("editor", List.of(areas));
    }

    public static String token(String role, List<String> areas) {
        return sign(claims -> claims, role, areas, "/keys/test-signer.pem");
    }

    /** A token changed by {@code tweak} (expired, other issuer...), signed with the key at {@code keyResource}. */
    public static String sign(UnaryOperator<JwtClaimsBuilder> tweak, String role, List<String> areas, String keyResource) {
        JwtClaimsBuilder claims = Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject("test-" + role)
                .claim("azp", "test-client-" + role)
                .claim("roles", List.of(role))
                .claim("areas", areas)
                .expiresIn(600);
        return tweak.apply(claims).jws().keyId("test").sign(key(keyResource));
    }

    private static PrivateKey key(String resource) {
        try {
            return KeyUtils.readPrivateKey(resource);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read test key " + resource, e);
        }
    }
}
