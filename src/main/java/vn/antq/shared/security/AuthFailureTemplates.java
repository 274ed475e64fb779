package vn.antq.shared.security;

import io.quarkus.resteasy.reactive.server.runtime.ResteasyReactiveRecorder;
import io.quarkus.resteasy.reactive.server.runtime.observability.ObservabilityIntegrationRecorder;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.HttpSecurityRecorder.DefaultAuthFailureHandler;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.core.Deployment;

import java.util.function.BiConsumer;

/**
 * Works out a request's URI template for the metrics only when its authentication fails.
 *
 * <p>Quarkus REST 3.31 swaps the default authentication-failure handler on every request, right after
 * authentication, and first works out the request's URI template (so that a 401 refused before the resources is
 * counted under {@code /api/v1/festivals/{id}}, not under each id) by building a new request mapper over every
 * resource class: about a tenth of the CPU of an API request answered from memory. For the API's paths this filter
 * does the swap instead: it has authentication's priority and is registered after it, so it runs between the two,
 * and its handler does that work only when authentication has failed. As Quarkus REST does with its own, the
 * handler is withdrawn when the request reaches the resources, whose exception mappers then answer a failure (and
 * which name the template themselves). Had the first filter run in another place, Quarkus's own handler would
 * simply stay.
 */
@ApplicationScoped
public class AuthFailureTemplates {

    private static final Logger LOG = Logger.getLogger(AuthFailureTemplates.class);

    /** A filter's lowest priority above the routes' own order (0): it runs after the others, just before the resources. */
    private static final int LAST = 1;

    /** What Quarkus REST's handler does on a failure: the template, then fail the request for the exception mappers. */
    static final BiConsumer<RoutingContext, Throwable> FAIL_WITH_TEMPLATE = (event, failure) -> {
        Deployment deployment = ResteasyReactiveRecorder.getCurrentDeployment();
        if (deployment != null) {
            try {
                ObservabilityIntegrationRecorder.setTemplatePath(event, deployment);
            } catch (RuntimeException e) {
                LOG.debug("No URI template for a failed authentication", e);
            }
        }
        DefaultAuthFailureHandler.markIfOtherAuthenticationFailure(event, failure);
        if (!event.failed()) {
            event.fail(DefaultAuthFailureHandler.extractRootCause(failure));
        }
    };

    void register(@Observes Filters filters) {
        filters.register(AuthFailureTemplates::install, SecurityHandlerPriorities.AUTHENTICATION);
        filters.register(AuthFailureTemplates::withdraw, LAST);
    }

    static void install(RoutingContext event) {
        if (isApi(event) && event.get(QuarkusHttpUser.AUTH_FAILURE_HANDLER) instanceof DefaultAuthFailureHandler) {
            event.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, FAIL_WITH_TEMPLATE);
        }
        event.next();
    }

    /** A failure inside the resources is the exception mappers' alone; failing the request too would answer it twice. */
    static void withdraw(RoutingContext event) {
        if (event.get(QuarkusHttpUser.AUTH_FAILURE_HANDLER) == FAIL_WITH_TEMPLATE) {
            event.remove(QuarkusHttpUser.AUTH_FAILURE_HANDLER);
        }
        event.next();
    }

    private static boolean isApi(RoutingContext event) {
        return event.normalizedPath().startsWith("/api/");
    }
}
