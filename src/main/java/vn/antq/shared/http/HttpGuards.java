package vn.antq.shared.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import vn.antq.shared.config.AntqConfig;
import vn.antq.shared.error.Problem;
import vn.antq.shared.error.ProblemLanguage;
import vn.antq.shared.i18n.Language;
import vn.antq.shared.error.ProblemTypes;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Guards every API request before any work is done for it:
 * <ul>
 *   <li>a rate limit per client address, in fixed one-minute windows, announced on every response with
 *       the RateLimit-Limit / RateLimit-Remaining / RateLimit-Reset headers and enforced with 429 and
 *       Retry-After;</li>
 *   <li>a request body larger than the configured maximum ({@code antq.http.max-body-size}, 1 MiB) is refused
 *       with 413 before it is read. Bulk submissions ({@link #BULK_PATHS}) may send up to
 *       {@code antq.http.bulk-max-body-size} (50 MiB); Quarkus's own limit,
 *       {@code quarkus.http.limits.max-body-size}, is set to that larger size so that they can be read at all,
 *       and every other path is held to the smaller one here, by its Content-Length;</li>
 *   <li>a bearer credential that is not even syntactically a token (RFC 6750 b64token, with at least one
 *       character other than a dot) is refused with 401: the token verifier fails on some such values
 *       (a credential of dots only) with an unexpected error instead of rejecting them.</li>
 * </ul>
 * Both answer with problem details, like every other error of the API.
 */
@ApplicationScoped
public class HttpGuards {

    private static final long WINDOW_MILLIS = 60_000;
    /** RFC 6750 section 2.1 b64token, with at least one character that is not a dot. */
    private static final Pattern B64TOKEN = Pattern.compile("[A-Za-z0-9._~+/-]*[A-Za-z0-9_~+/-][A-Za-z0-9._~+/-]*=*");

    @Inject
    AntqConfig config;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    private final Map<String, AtomicInteger> requestsInWindow = new ConcurrentHashMap<>();
    private volatile long window;

    void install(@Observes Router router) {
        router.route("/api/*").order(Integer.MIN_VALUE + 1).handler(this::guard);
    }

    private void guard(RoutingContext context) {
        int limit = config.rateLimit().requestsPerMinute();
        long now = clock.millis();
        startWindowIfDue(now / WINDOW_MILLIS);
        String client = context.request().remoteAddress() == null ? "unknown" : context.request().remoteAddress().hostAddress();
        int used = requestsInWindow.computeIfAbsent(client, k -> new AtomicInteger()).incrementAndGet();
        long resetSeconds = Math.max(1, (WINDOW_MILLIS - now % WINDOW_MILLIS + 999) / 1000);
        HttpServerResponse response = context.response();
        response.putHeader("RateLimit-Limit", Integer.toString(limit))
                .putHeader("RateLimit-Remaining", Integer.toString(Math.max(0, limit - used)))
                .putHeader("RateLimit-Reset", Long.toString(resetSeconds));
        if (used > limit) {
            response.putHeader("Retry-After", Long.toString(resetSeconds));
            reject(context, 429, ProblemTypes.TOO_MANY_REQUESTS, "Too Many Requests",
                    "More than " + limit + " requests per minute from this client; retry after " + resetSeconds + " s.");
            return;
        }
        String length = context.request().getHeader("Content-Length");
        boolean bulk = isBulk(context.request().path());
        long max = bulk ? config.http().bulkMaxBodySize().asLongValue() : config.http().maxBodySize().asLongValue();
        if (length == null && !bulk && context.request().getHeader("Transfer-Encoding") != null) {
            // The server's own limit is the bulk one; elsewhere a body must say how large it is.
            reject(context, 411, ProblemTypes.LENGTH_REQUIRED, "Length Required",
                    "A request body must carry Content-Length (at most " + max + " bytes).");
            return;
        }
        if (length != null && isLarger(length, max)) {
            reject(context, 413, ProblemTypes.CONTENT_TOO_LARGE, "Content Too Large",
                    "The request body is larger than " + max + " bytes.");
            return;
        }
        if (isMalformedBearer(context.request().getHeader("Authorization"))) {
            response.putHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            reject(context, 401, ProblemTypes.UNAUTHORIZED, "Unauthorized", "A valid bearer token is required for this operation.");
            return;
        }
        context.next();
    }

    /** Whether {@code path} is one of the bulk routes, whose {@code *} segments stand for any one segment. */
    private boolean isBulk(String path) {
        if (path == null) {
            return false;
        }
        for (String bulk : config.http().bulkPaths()) {
            if (bulk.equals(path)) {
                return true;
            }
            if (bulk.contains("*")) {
                String[] want = bulk.split("/", -1);
                String[] got = path.split("/", -1);
                boolean same = want.length == got.length;
                for (int i = 0; same && i < want.length; i++) {
                    same = want[i].equals("*") ? !got[i].isEmpty() : want[i].equals(got[i]);
                }
                if (same) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A Bearer credential whose token is not a b64token; an absent or empty one is left to authentication. */
    private static boolean isMalformedBearer(String authorization) {
        if (authorization == null) {
            return false;
        }
        String[] parts = authorization.strip().split(" +", 2);
        if (!parts[0].equalsIgnoreCase("Bearer") || parts.length < 2 || parts[1].isBlank()) {
            return false;
        }
        return !B64TOKEN.matcher(parts[1].strip()).matches();
    }

    private synchronized void startWindowIfDue(long current) {
        if (current != window) {
            requestsInWindow.clear();
            window = current;
        }
    }

    private static boolean isLarger(String length, long max) {
        try {
            return Long.parseLong(length.trim()) > max;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    void reject(RoutingContext context, int status, String type, String title, String detail) {
        try {
            // In the language the request accepts, as the REST layer's problems are (see ProblemLanguage).
            Language language = Language.preferred(context.request().getHeader("Accept-Language"));
            Problem problem = ProblemLanguage.translate(new Problem(type, title, status, detail, context.request().path(), null), language);
            context.response().setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .putHeader("Content-Language", language.tag()).putHeader("Vary", "Accept-Language")
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.response().setStatusCode(status).end();
        }
    }
}
