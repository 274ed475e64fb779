package vn.antq.demo;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.antq.shared.security.Roles;

/**
 * Runs the demo loader as an admin named "demo-data", in a request context of its own: the records go
 * through the services' ordinary write paths (area checks, validation, audit trail), and the audit
 * trail names the loader as their author.
 */
@ApplicationScoped
public class DemoIdentity {

    static final String SUBJECT = "demo-data";

    @Inject
    CurrentIdentityAssociation identities;

    public void runAsAdmin(Runnable work) {
        ManagedContext requestContext = Arc.container().requestContext();
        boolean activated = !requestContext.isActive();
        if (activated) {
            requestContext.activate();
        }
        try {
            identities.setIdentity(QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal(SUBJECT))
                    .addRole(Roles.ADMIN)
                    .build());
            work.run();
        } finally {
            if (activated) {
                requestContext.terminate();
            }
        }
    }
}
