package vn.antq.shared.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;

/**
 * Hands each identity that quarkus-oidc built from a verified token to {@link VerifiedTokenCache}. It runs
 * first among the augmentors, so the cache keeps the identity as quarkus-oidc built it, and every augmentor
 * still runs on each identity the cache rebuilds.
 */
@ApplicationScoped
public class VerifiedTokenAugmentor implements SecurityIdentityAugmentor {

    @Inject
    VerifiedTokenCache cache;

    @Override
    public int priority() {
        return Integer.MAX_VALUE;
    }

    /** The identity provider manager calls the variant with the request's attributes (below). */
    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        return Uni.createFrom().item(identity);
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context,
                                         Map<String, Object> requestAttributes) {
        cache.remember(identity, requestAttributes);
        return Uni.createFrom().item(identity);
    }
}
