package vn.antq.shared.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import vn.antq.shared.error.ApiProblem;
import vn.antq.shared.error.Problem;
import vn.antq.shared.error.ProblemTypes;
import vn.antq.shared.security.Caller;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Idempotent retries of every POST (IETF httpapi "The Idempotency-Key HTTP Header Field"). A POST with an
 * {@code Idempotency-Key} claims the key for its caller before it runs; its response (status, body,
 * Location, ETag) is stored when it is answered. A retry with the same key, method, path and body gets
 * that response again and writes nothing; the same key for another request gets 422; a retry while the
 * first is still running gets 409. Responses that say the request was not processed (not authorised,
 * rate-limited, a failure on our side) free the key instead, so that the retry is processed.
 */
public class IdempotencyFilter {

    public static final String HEADER = "Idempotency-Key";
    private static final String CLAIM = IdempotencyFilter.class.getName() + ".claim";
    /** Printable ASCII without spaces, as a structured-field string a client would generate (a UUID, say). */
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,255}");
    private static final Set<Integer> NOT_PROCESSED = Set.of(401, 403, 408, 429);
    /** Bodies up to this size are kept in memory for the retry check; larger ones (files) in a temporary file. */
    private static final int IN_MEMORY = 1 << 20;

    @Inject
    IdempotencyStore store;
    @Inject
    Caller caller;
    @Inject
    ObjectMapper json;

    @ServerRequestFilter(priority = Priorities.USER + 100)
    public Optional<Response> begin(ContainerRequestContext request, HttpServerRequest http) throws IOException {
        String key = request.getHeaderString(HEADER);
        if (key == null || !HttpMethod.POST.equals(request.getMethod())) {
            return Optional.empty();
        }
        key = unquote(key.strip());
        if (!KEY.matcher(key).matches()) {
            throw ApiProblem.invalid(HEADER, "must be 1 to 255 printable characters without spaces");
        }
        MessageDigest digest = fingerprintOf(request);
        request.setEntityStream(request.hasEntity() ? readAgain(request.getEntityStream(), digest) : new ByteArrayInputStream(new byte[0]));
        IdempotentRequest.Id id = new IdempotentRequest.Id(callerOf(http), key);
        IdempotencyStore.Outcome outcome = store.begin(id, HexFormat.of().formatHex(digest.digest()));
        return switch (outcome.decision()) {
            case RUN -> {
                request.setProperty(CLAIM, id);
                yield Optional.empty();
            }
            case REPLAY -> Optional.of(replay(outcome.stored()));
            case RUNNING -> throw new ApiProblem(409, ProblemTypes.CONFLICT, "Conflict",
                    "A request with this Idempotency-Key is still being processed; retry it later.", null);
            case REUSED -> throw new ApiProblem(422, ProblemTypes.IDEMPOTENCY_KEY_REUSED,
                    "Unprocessable Content", "This Idempotency-Key was already used for another request (another path or body).", null);
        };
    }

    @ServerResponseFilter
    public void end(ContainerRequestContext request, ContainerResponseContext response) throws JsonProcessingException {
        if (!(request.getProperty(CLAIM) instanceof IdempotentRequest.Id id)) {
            return;
        }
        int status = response.getStatus();
        if (status >= 500 || NOT_PROCESSED.contains(status)) {
            store.release(id);
            return;
        }
        // The media type is chosen when the body is written, after this filter; every POST answers JSON.
        String contentType = response.getMediaType() != null ? response.getMediaType().toString()
                : status >= 400 ? Problem.MEDIA_TYPE : MediaType.APPLICATION_JSON;
        store.complete(id, status, response.getHeaderString(HttpHeaders.LOCATION), response.getHeaderString(HttpHeaders.ETAG),
                contentType, bytes(response.getEntity()));
    }

    private static Response replay(IdempotentRequest stored) {
        Response.ResponseBuilder replay = Response.status(stored.status);
        if (stored.body != null && stored.body.length > 0) {
            replay.entity(stored.body).type(stored.contentType);
        }
        if (stored.location != null) {
            replay.header(HttpHeaders.LOCATION, stored.location);
        }
        if (stored.etag != null) {
            replay.header(HttpHeaders.ETAG, stored.etag);
        }
        return replay.build();
    }

    /** The token's subject and client; an anonymous caller by its address. */
    private String callerOf(HttpServerRequest http) {
        String subject = caller.subject();
        if ("anonymous".equals(subject)) {
            return "address:" + (http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress());
        }
        return "token:" + subject + " " + caller.client();
    }

    /** The fingerprint's digest, fed the method and target; the body is added as it is read. */
    private static MessageDigest fingerprintOf(ContainerRequestContext request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getMethod() + " " + request.getUriInfo().getRequestUri().getRawPath() + "?"
                    + request.getUriInfo().getRequestUri().getRawQuery() + "\n").getBytes(StandardCharsets.UTF_8));
            return digest;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Reads the body into {@code digest} and returns it to be read again: from memory up to 1 MiB, from a
     * temporary file beyond (a file upload of 50 MiB is never held in the heap), deleted once read.
     */
    private static InputStream readAgain(InputStream body, MessageDigest digest) throws IOException {
        ByteArrayOutputStream memory = new ByteArrayOutputStream();
        Path spooled = null;
        OutputStream out = memory;
        byte[] buffer = new byte[64 * 1024];
        try {
            for (int read; (read = body.read(buffer)) > 0; ) {
                digest.update(buffer, 0, read);
                if (spooled == null && memory.size() + read > IN_MEMORY) {
                    spooled = Files.createTempFile("antq-request-", ".body");
                    spooled.toFile().deleteOnExit();
                    out = Files.newOutputStream(spooled);
                    memory.writeTo(out);
                    memory = null;
                }
                out.write(buffer, 0, read);
            }
        } finally {
            if (spooled != null) {
                out.close();
            }
        }
        return spooled == null ? new ByteArrayInputStream(memory.toByteArray())
                : Files.newInputStream(spooled, StandardOpenOption.DELETE_ON_CLOSE);
    }

    private byte[] bytes(Object entity) throws JsonProcessingException {
        if (entity == null) {
            return null;
        }
        if (entity instanceof byte[] raw) {
            return raw;
        }
        if (entity instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        return json.writeValueAsBytes(entity);
    }

    /** Keys are sent as structured-field strings ("…"); a bare token is accepted too. */
    private static String unquote(String key) {
        return key.length() >= 2 && key.startsWith("\"") && key.endsWith("\"") ? key.substring(1, key.length() - 1) : key;
    }
}
