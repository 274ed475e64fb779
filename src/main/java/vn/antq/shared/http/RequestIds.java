package vn.antq.shared.http;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.MDC;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Carries one id per request through the logs: the one the edge proxy set in X-Request-Id (nginx's
 * $request_id), or a new one. It is put in the logging context (the {@code requestId} field of every log
 * line about the request) and echoed in the response, so that a client's report, the proxy's access log and
 * the service's log lines can be matched.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    /** An id from outside is kept only when it is short and plain (no log injection). */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::tag);
    }

    private void tag(RoutingContext context) {
        String id = context.request().getHeader(HEADER);
        if (id == null || !PLAIN.matcher(id).matches()) {
            id = UUID.randomUUID().toString();
        }
        MDC.put("requestId", id);
        context.response().putHeader(HEADER, id);
        context.next();
    }
}
