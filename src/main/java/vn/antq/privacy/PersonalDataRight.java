package vn.antq.privacy;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.antq.adminunit.AdminUnitKey;
import vn.antq.adminunit.AreaAccess;
import vn.antq.shared.security.Roles;

import java.util.Arrays;

/**
 * Who may read personal data in full (Law No. 91/2025/QH15: only those who need it): admins, editors of
 * the record's area (those who may write it), and a token granted the right explicitly, as the realm role
 * {@value #ROLE} or the OAuth scope {@value #SCOPE}. Everyone else reads it reduced.
 */
@ApplicationScoped
public class PersonalDataRight {

    /** The realm role that grants reading personal data everywhere. */
    public static final String ROLE = "personal-data";
    /** The OAuth scope that grants the same (a client scope requested by a system that needs it). */
    public static final String SCOPE = "personal-data";

    @Inject
    SecurityIdentity identity;
    @Inject
    JsonWebToken token;
    @Inject
    AreaAccess areas;

    /** Whether the token grants the right everywhere (admin, the role or the scope). */
    public boolean everywhere() {
        if (identity.isAnonymous()) {
            return false;
        }
        if (identity.hasRole(Roles.ADMIN) || identity.hasRole(ROLE)) {
            return true;
        }
        Object scope = token.getClaim("scope");
        return scope != null && Arrays.asList(scope.toString().replace("\"", "").split(" ")).contains(SCOPE);
    }

    /** Whether the caller reads in full the personal data of a record whose area is {@code unit}. */
    public boolean mayRead(AdminUnitKey unit) {
        return everywhere() || identity.hasRole(Roles.EDITOR) && unit != null && areas.mayWrite(unit);
    }
}
