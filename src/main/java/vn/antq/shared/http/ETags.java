package vn.antq.shared.http;

import jakarta.ws.rs.core.EntityTag;
import vn.antq.shared.error.ApiProblem;

/**
 * Strong ETags made from a record's version. Writes must name the version they were based on in
 * If-Match, so that of two concurrent writers from the same version exactly one succeeds.
 */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * The version named by an If-Match header: 428 when the header is absent, 412 when it names no
     * version of ours (a weak tag never matches, as RFC 9110 requires strong comparison).
     * {@code *} matches any current version and yields {@code null}.
     */
    public static Long requiredVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ApiProblem.preconditionRequired();
        }
        String value = ifMatch.strip();
        if (value.equals("*")) {
            return null;
        }
        if (value.length() < 3 || !value.startsWith("\"") || !value.endsWith("\"")) {
            throw ApiProblem.preconditionFailed();
        }
        try {
            return Long.parseLong(value.substring(1, value.length() - 1));
        } catch (NumberFormatException e) {
            throw ApiProblem.preconditionFailed();
        }
    }

    /** Fails with 412 unless {@code current} is the version named by If-Match. */
    public static void check(Long expected, long current) {
        if (expected != null && expected != current) {
            throw ApiProblem.preconditionFailed();
        }
    }
}
