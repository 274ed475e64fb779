package vn.antq.shared.error;

import com.fasterxml.jackson.core.JsonProcessingException;

import java.util.List;

/**
 * A failure the client can act on, carried to the HTTP layer and rendered as problem details.
 * Services throw it; {@link ProblemMappers} renders it.
 */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<FieldError> errors;

    public ApiProblem(int status, String type, String title, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
    }

    public static ApiProblem notFound(String what, Object id) {
        return new ApiProblem(404, ProblemTypes.NOT_FOUND, "Not found", "No " + what + " with id " + id + ".", null);
    }

    public static ApiProblem conflict(String detail) {
        return new ApiProblem(409, ProblemTypes.CONFLICT, "Conflict", detail, null);
    }

    public static ApiProblem invalid(List<FieldError> errors) {
        String detail = errors.size() == 1 ? "1 field is invalid." : errors.size() + " fields are invalid.";
        return new ApiProblem(400, ProblemTypes.VALIDATION, "Invalid request", detail, errors);
    }

    public static ApiProblem invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    /** A body that does not fit the operation's shape (unknown field, wrong type), named like an unreadable request body. */
    public static ApiProblem unreadable(JsonProcessingException e) {
        return new ApiProblem(400, ProblemTypes.VALIDATION, "Invalid request", "The request body is not valid JSON for this operation.",
                List.of(ProblemMappers.jsonError(e)));
    }

    public static ApiProblem preconditionRequired() {
        return new ApiProblem(428, ProblemTypes.PRECONDITION_REQUIRED, "Precondition required",
                "This request must carry an If-Match header with the record's current ETag.",
                List.of(new FieldError("If-Match", "is required")));
    }

    public static ApiProblem preconditionFailed() {
        return new ApiProblem(412, ProblemTypes.PRECONDITION_FAILED, "Precondition failed",
                "The record has changed since the ETag in If-Match was issued; fetch it again and retry.", null);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
