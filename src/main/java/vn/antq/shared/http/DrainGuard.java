package vn.antq.shared.http;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import vn.antq.shared.config.AntqConfig;
import vn.antq.shared.error.ProblemTypes;

import java.time.Clock;

/**
 * A replica leaving service after SIGTERM. Quarkus turns readiness DOWN and fires {@link ShutdownDelayInitiatedEvent}
 * ({@code quarkus.shutdown.delay-enabled}); new requests are still served for {@code antq.shutdown.delay}, while the
 * balancers stop sending. After that every new request is refused with a problem (503,
 * {@code urn:antq:problem:service-unavailable}), {@code Retry-After} and {@code Connection: close}, so that the client
 * retries on another replica, while the requests in flight finish within {@code quarkus.shutdown.timeout}. Without
 * this, Quarkus 3.33 would go on serving them until its HTTP root is gone and then answer an empty 503.
 */
@ApplicationScoped
public class DrainGuard {

    private static final Logger LOG = Logger.getLogger(DrainGuard.class);

    @Inject
    AntqConfig config;

    @Inject
    HttpGuards guards;

    @Inject
    Clock clock;

    /** When new requests start to be refused; Long.MAX_VALUE while serving. */
    private volatile long refuseFrom = Long.MAX_VALUE;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::guard);
    }

    void shutdownDelayInitiated(@Observes ShutdownDelayInitiatedEvent event) {
        refuseFrom = clock.millis() + config.shutdown().delay().toMillis();
        LOG.infof("Leaving service: new requests are served for %s more, then refused with 503", config.shutdown().delay());
    }

    /** Whether new requests are refused now. */
    public boolean draining() {
        return clock.millis() >= refuseFrom;
    }

    private void guard(RoutingContext context) {
        if (!draining()) {
            context.next();
            return;
        }
        long retryAfter = Math.max(1, config.shutdown().retryAfter().toSeconds());
        context.response().putHeader("Retry-After", Long.toString(retryAfter));
        if (context.request().version() != HttpVersion.HTTP_2) {
            // HTTP/1.x: the client opens its next connection elsewhere (HTTP/2 forbids the header; Quarkus sends GOAWAY).
            context.response().putHeader("Connection", "close");
        }
        guards.reject(context, 503, ProblemTypes.UNAVAILABLE, "Service Unavailable",
                "This replica is shutting down. Retry after " + retryAfter + " s.");
    }
}
