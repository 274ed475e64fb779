package vn.antq.shared.error;

/** The problem type URIs this API uses; each is documented in the contract. */
public final class ProblemTypes {
    public static final String VALIDATION = "urn:antq:problem:invalid-request";
    public static final String NOT_FOUND = "urn:antq:problem:not-found";
    public static final String CONFLICT = "urn:antq:problem:conflict";
    public static final String PRECONDITION_REQUIRED = "urn:antq:problem:precondition-required";
    public static final String PRECONDITION_FAILED = "urn:antq:problem:precondition-failed";
    public static final String UNAUTHORIZED = "urn:antq:problem:unauthorized";
    public static final String FORBIDDEN = "urn:antq:problem:forbidden";
    public static final String TOO_MANY_REQUESTS = "urn:antq:problem:too-many-requests";
    public static final String IDEMPOTENCY_KEY_REUSED = "urn:antq:problem:idempotency-key-reused";
    public static final String HTTP = "about:blank";
    public static final String INTERNAL = "urn:antq:problem:internal-error";
    public static final String UNAVAILABLE = "urn:antq:problem:service-unavailable";

    private ProblemTypes() {
    }
}
