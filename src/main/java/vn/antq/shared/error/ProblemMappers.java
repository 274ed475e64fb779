package vn.antq.shared.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Renders every failure as RFC 9457 problem details. Nothing internal (stack trace, SQL, class name,
 * internal path) ever reaches a response body: unexpected failures are logged with an id that the
 * body repeats, so that an operator can find them.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response apiProblem(ApiProblem problem, UriInfo uri) {
        return respond(problem.status(), problem.type(), problem.title(), problem.getMessage(), uri, problem.errors());
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        return respond(400, ProblemTypes.VALIDATION, "Invalid request", "The request body is not valid JSON for this operation.",
                uri, List.of(jsonError(e)));
    }

    /** Declared separately: the REST layer has its own mapper for this subtype, which this one overrides. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response beanValidation(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .sorted(java.util.Comparator.comparing(FieldError::field))
                .collect(Collectors.toList());
        return respond(400, ProblemTypes.VALIDATION, "Invalid request", errors.size() + " field(s) are invalid.", uri, errors);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthorizedResponse(uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthorizedResponse(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(403, ProblemTypes.FORBIDDEN, "Forbidden", "Your credentials do not allow this operation.", uri, null);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException json) {
                return unreadableJson(json, uri);
            }
        }
        if (status == 400) {
            // The body could not be read at all (empty, or not JSON).
            return respond(400, ProblemTypes.VALIDATION, "Invalid request", "The request body is missing or is not JSON.",
                    uri, List.of(new FieldError("body", "is missing or not well-formed JSON")));
        }
        if (status >= 500) {
            return internal(e, uri);
        }
        Response.StatusType statusType = Response.Status.fromStatusCode(status);
        String title = statusType == null ? "HTTP " + status : statusType.getReasonPhrase();
        Response.ResponseBuilder builder = problem(status, ProblemTypes.forStatus(status), title, detailFor(status), uri, null);
        String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        if (allow != null) {
            builder.header(HttpHeaders.ALLOW, allow);
        }
        return builder.build();
    }

    /** Last resort; also unwraps failures that reach it wrapped by the transaction layer. */
    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri, HttpServerRequest request) {
        if (request != null && request.response().closed()) {
            // The client hung up while the answer was being written: no one to answer, and no fault here.
            LOG.debugf("Client gone before the answer to %s was written (%s)", uri.getPath(), e);
            return Response.serverError().build();
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ApiProblem problem) {
                return apiProblem(problem, uri);
            }
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return apiProblem(ApiProblem.preconditionFailed(), uri);
            }
            if (DatabaseOutage.involvesOutage(cause)) {
                return unavailable(uri);
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                Response mapped = fromSqlState(sql.getSQLState(), uri);
                if (mapped != null) {
                    return mapped;
                }
            }
        }
        return internal(e, uri);
    }

    /** Constraint failures that a concurrent writer can still cause after the service's own checks passed. */
    private Response fromSqlState(String state, UriInfo uri) {
        return switch (state) {
            case "23505" -> respond(409, ProblemTypes.CONFLICT, "Conflict",
                    "The request conflicts with an existing record (a unique value is already taken).", uri, null);
            case "23503" -> respond(409, ProblemTypes.CONFLICT, "Conflict",
                    "The request refers to a record that does not exist or is still referenced.", uri, null);
            case "23514", "22001", "22P02", "22007", "22008", "22021" -> respond(400, ProblemTypes.VALIDATION, "Invalid request",
                    "A value is out of the allowed range.", uri, null);
            case "40001", "40P01" -> respond(409, ProblemTypes.CONFLICT, "Conflict",
                    "A concurrent change interfered with this request; retry it.", uri, null);
            default -> null;
        };
    }

    /** The database is down, failing over or out of connections: a client may retry, so never a 500. */
    private static Response unavailable(UriInfo uri) {
        LOG.warn("Database unreachable; answering 503");
        return problem(503, ProblemTypes.UNAVAILABLE, "Service Unavailable",
                "The database cannot be reached at the moment. Retry after "
                        + DatabaseOutage.RETRY_AFTER_SECONDS + " s.", uri, null)
                .header(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER_SECONDS)
                .build();
    }

    private Response internal(Throwable e, UriInfo uri) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure, incident %s", incident);
        return respond(500, ProblemTypes.INTERNAL, "Internal Server Error",
                "The request could not be completed. Incident " + incident + ".", uri, null);
    }

    private static Response unauthorizedResponse(UriInfo uri) {
        return problem(401, ProblemTypes.UNAUTHORIZED, "Unauthorized",
                "A valid bearer token is required for this operation.", uri, null)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    static Response respond(int status, String type, String title, String detail, UriInfo uri, List<FieldError> errors) {
        return problem(status, type, title, detail, uri, errors).build();
    }

    private static Response.ResponseBuilder problem(int status, String type, String title, String detail, UriInfo uri,
                                                    List<FieldError> errors) {
        String instance = uri == null ? null : uri.getRequestUri().getRawPath();
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(type, title, status, detail, instance, errors));
    }

    private static String detailFor(int status) {
        return switch (status) {
            case 404 -> "No resource exists at this path.";
            case 405 -> "This method is not allowed on this resource.";
            case 406 -> "None of the media types in Accept can be produced.";
            case 413 -> "The request body is larger than the service accepts.";
            case 415 -> "The request's Content-Type is not supported here.";
            default -> "The request cannot be processed.";
        };
    }

    /** Names the field that broke deserialisation, as a JSON path such as {@code parties[1].role}. */
    static FieldError jsonError(JsonProcessingException e) {
        String field = "body";
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            field = path(mapping.getPath());
        }
        String message;
        if (e instanceof UnrecognizedPropertyException) {
            message = "is not a known property";
        } else if (e instanceof InvalidFormatException invalid) {
            message = invalid.getTargetType() != null && invalid.getTargetType().isEnum()
                    ? "must be one of " + enumValues(invalid.getTargetType())
                    : "has the wrong format or type";
        } else if (e instanceof MismatchedInputException) {
            message = "has the wrong type";
        } else {
            message = "is not well-formed JSON";
        }
        return new FieldError(field, message);
    }

    private static String enumValues(Class<?> type) {
        List<String> values = new ArrayList<>();
        for (Object constant : type.getEnumConstants()) {
            values.add(constant.toString());
        }
        return String.join(", ", values);
    }

    private static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String lastNode(String propertyPath) {
        int dot = propertyPath.lastIndexOf('.');
        return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
    }
}
