package vn.antq.shared.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/** Who is calling: the verified token's subject, client, roles and areas. */
@RequestScoped
public class Caller {

    /** The claim listing an editor's areas: codes of 2025 provinces (2 digits) or communes (5 digits). */
    public static final String AREAS_CLAIM = "areas";

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    public boolean isAdmin() {
        return identity.hasRole(Roles.ADMIN);
    }

    public String subject() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    /** The OAuth client that obtained the token (azp, or client_id for some providers). */
    public String client() {
        Object azp = token.getClaim("azp");
        if (azp == null) {
            azp = token.getClaim("client_id");
        }
        return azp == null ? null : azp.toString();
    }

    public Set<String> areas() {
        Object claim = token.getClaim(AREAS_CLAIM);
        if (claim instanceof Collection<?> values) {
            return values.stream().map(Caller::text).collect(Collectors.toSet());
        }
        if (claim != null) {
            return Set.of(text(claim).split("[ ,]+"));
        }
        return Set.of();
    }

    private static String text(Object value) {
        return value instanceof JsonString string ? string.getString() : value.toString();
    }
}
