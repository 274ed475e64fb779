package vn.antq.shared.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.runtime.Startup;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.antq.shared.config.AntqConfig;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Permission;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;

/**
 * Bearer tokens that quarkus-oidc has verified, so that a token sent again is not verified again: with the
 * small-machine JVM (C1 only) verifying an RSA signature is a large part of the CPU a write costs. Built on
 * documented extension points only: an {@code IdentityProvider} that answers before quarkus-oidc's
 * ({@link CachedTokenIdentityProvider}) and a {@code SecurityIdentityAugmentor} that sees each identity it built
 * ({@link VerifiedTokenAugmentor}).
 * <p>
 * An entry is keyed by the SHA-256 digest of the exact token, so any other string (tampered, re-signed, expired
 * copy) misses and is verified by quarkus-oidc as ever. It is reused only before the token's expiry (the service
 * allows no grace) and at most {@code antq.token-cache.max-age} after the verification. A reused identity holds
 * what the service reads of an identity (the JWT principal, the roles, the permissions and the access token) and
 * none of quarkus-oidc's own attributes, which nothing here reads. Only a JWT access token as the only credential
 * is kept, and never a token bound to a key or certificate ({@code cnf}), which each request must prove again.
 */
// At start, so that its counters are published (at zero) before the first token arrives.
@Startup
@ApplicationScoped
public class VerifiedTokenCache {

    /** Marks a request answered from the cache: keeping its identity again would restart max-age without a verification. */
    private static final String REUSED = VerifiedTokenCache.class.getName() + ".reused";
    private static final String CONFIRMATION_CLAIM = "cnf";

    private final boolean enabled;
    private final Duration maxAge;
    private final Clock clock;
    private final Cache<String, Entry> entries;
    private final Counter hits;
    private final Counter misses;

    @Inject
    VerifiedTokenCache(AntqConfig config, Clock clock, MeterRegistry registry) {
        AntqConfig.TokenCache settings = config.tokenCache();
        this.enabled = settings.enabled();
        this.maxAge = settings.maxAge();
        this.clock = clock;
        // Caffeine's own expiry only frees memory; whether an entry may be used is decided on the clock.
        this.entries = Caffeine.newBuilder().maximumSize(settings.maxEntries()).expireAfterWrite(maxAge).build();
        this.hits = lookups(registry, "hit");
        this.misses = lookups(registry, "miss");
    }

    private static Counter lookups(MeterRegistry registry, String result) {
        return Counter.builder("antq.token.cache").tag("result", result)
                .description("Bearer tokens looked up among those verified before").register(registry);
    }

    /** A new identity for the request if its token was verified before and may still be used; null otherwise. */
    SecurityIdentity reuse(TokenAuthenticationRequest request) {
        if (!enabled || !(request.getToken() instanceof AccessTokenCredential token)) {
            return null;
        }
        String key = digest(token.getToken());
        Entry entry = entries.getIfPresent(key);
        if (entry == null || !entry.usableAt(clock.instant(), maxAge)) {
            if (entry != null) {
                entries.asMap().remove(key, entry);
            }
            misses.increment();
            return null;
        }
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(entry.principal())
                .addCredential(token)
                .addRoles(entry.roles())
                .addPermissions(entry.permissions());
        request.setAttribute(REUSED, Boolean.TRUE);
        hits.increment();
        return identity.build();
    }

    /** Keeps an identity quarkus-oidc has just built from a verified token, if it depends on the token alone. */
    void remember(SecurityIdentity identity, Map<String, Object> requestAttributes) {
        if (!enabled || requestAttributes.containsKey(REUSED) || identity.isAnonymous()
                || !(identity.getPrincipal() instanceof JsonWebToken jwt)
                || identity.getCredentials().size() != 1
                || !(identity.getCredentials().iterator().next() instanceof AccessTokenCredential token)
                || !token.getToken().equals(jwt.getRawToken())
                || !jwt.containsClaim(Claims.exp.name()) || jwt.containsClaim(CONFIRMATION_CLAIM)) {
            return;
        }
        entries.put(digest(token.getToken()), new Entry(jwt, Set.copyOf(identity.getRoles()),
                Set.copyOf(identity.getPermissions()), Instant.ofEpochSecond(jwt.getExpirationTime()), clock.instant()));
    }

    private static String digest(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private record Entry(Principal principal, Set<String> roles, Set<Permission> permissions,
                         Instant expiresAt, Instant verifiedAt) {

        /** The token is refused from its expiry on (exp is exclusive, with no grace), and kept at most maxAge. */
        boolean usableAt(Instant now, Duration maxAge) {
            return now.isBefore(expiresAt) && now.isBefore(verifiedAt.plus(maxAge));
        }
    }
}
