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
    public static final String METHOD_NOT_ALLOWED = "urn:antq:problem:method-not-allowed";
    public static final String NOT_ACCEPTABLE = "urn:antq:problem:not-acceptable";
    public static final String LENGTH_REQUIRED = "urn:antq:problem:length-required";
    public static final String CONTENT_TOO_LARGE = "urn:antq:problem:content-too-large";
    public static final String UNSUPPORTED_MEDIA_TYPE = "urn:antq:problem:unsupported-media-type";
    /** Any other refusal by HTTP itself (414, 431, ...): never {@code about:blank}, always one of the API's types. */
    public static final String HTTP_ERROR = "urn:antq:problem:http-error";
    public static final String INTERNAL = "urn:antq:problem:internal-error";
    public static final String UNAVAILABLE = "urn:antq:problem:service-unavailable";

    private ProblemTypes() {
    }

    /** The API's own type of a problem with this status that the framework raised (routing, negotiation, body). */
    public static String forStatus(int status) {
        return switch (status) {
            case 400 -> VALIDATION;
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 411 -> LENGTH_REQUIRED;
            case 412 -> PRECONDITION_FAILED;
            case 413 -> CONTENT_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 428 -> PRECONDITION_REQUIRED;
            case 429 -> TOO_MANY_REQUESTS;
            case 503 -> UNAVAILABLE;
            default -> status >= 500 ? INTERNAL : HTTP_ERROR;
        };
    }
}
