package vn.antq.shared.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import vn.antq.shared.config.AntqConfig;
import vn.antq.shared.error.Problem;
import vn.antq.shared.error.ProblemTypes;

import java.util.List;
import java.util.Optional;

/**
 * Answers a request from a browser origin that may not call the API with a 403 problem, like every other
 * error, instead of the CORS layer's empty 403. It runs just before that layer and applies the same rule:
 * an origin is allowed when it is listed in {@code antq.http.cors-origins} or is the service's own.
 * Allowed requests go on to the CORS layer, which adds its headers and answers preflights.
 */
@ApplicationScoped
public class CorsRefusal {

    /** Quarkus runs its CORS filter at route order -300 (filter priority 300); this runs first. */
    private static final int BEFORE_CORS_FILTER = -301;

    private final Optional<List<String>> allowedOrigins;
    private final ObjectMapper json;

    @Inject
    CorsRefusal(AntqConfig config, ObjectMapper json) {
        this.allowedOrigins = config.http().corsOrigins();
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(BEFORE_CORS_FILTER).handler(this::refuseForeignOrigin);
    }

    private void refuseForeignOrigin(RoutingContext context) {
        HttpServerRequest request = context.request();
        String origin = request.getHeader("Origin");
        if (origin == null || isAllowed(origin, request)) {
            context.next();
            return;
        }
        Problem problem = new Problem(ProblemTypes.FORBIDDEN, "Forbidden",
                403, "Browsers may not call this API from this origin.", request.path(), null);
        try {
            context.response().setStatusCode(403).putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.response().setStatusCode(403).end();
        }
    }

    private boolean isAllowed(String origin, HttpServerRequest request) {
        if (allowedOrigins.map(list -> list.contains(origin)).orElse(false)) {
            return true;
        }
        String own = request.scheme() + "://" + request.getHeader("Host");
        return origin.equalsIgnoreCase(own);
    }
}
