package vn.antq.festival;

import vn.antq.adminunit.AdminUnitKey;
import vn.antq.shared.error.ApiProblem;
import vn.antq.shared.error.FieldError;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * The position of a client in the festival sync feed: the last change it has, when the token was
 * issued, and the scope it syncs (a unit and a year, or the whole country). Tokens live for a configured
 * time (30 days by default); an expired, unknown or altered token answers 410 and the client syncs again
 * from scratch. A token only serves its own scope: sent with another, it answers 400.
 */
public record SyncToken(long changeSeq, Instant issuedAt, String scope) {

    /** The whole country's tokens keep their original form; a scoped token also carries its scope. */
    private static final String COUNTRY = "v1";
    private static final String SCOPED = "v2";
    public static final String SCOPE_MISMATCH = "urn:antq:problem:sync-token-scope";

    /** The scope's text form: {@code unit/year}, either part empty; empty for the whole country. */
    public static String scope(AdminUnitKey unit, Integer year) {
        if (unit == null && year == null) {
            return "";
        }
        return (unit == null ? "" : unit.era() + ":" + unit.code()) + "/" + (year == null ? "" : year);
    }

    public String encode() {
        String raw = (scope.isEmpty() ? COUNTRY : SCOPED) + ":" + changeSeq + ":" + issuedAt.getEpochSecond()
                + (scope.isEmpty() ? "" : ":" + scope);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Decodes a token, refusing (410) any that this service did not issue, or that has expired, and
     * (400) one issued for another scope than {@code scope}.
     */
    public static SyncToken decode(String token, Duration lifetime, long currentChange, Instant now, String scope) {
        SyncToken decoded;
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split(":", 4);
            boolean country = parts.length == 3 && parts[0].equals(COUNTRY);
            boolean scoped = parts.length == 4 && parts[0].equals(SCOPED) && !parts[3].isEmpty();
            if (!country && !scoped) {
                throw gone("is not a sync token of this service");
            }
            decoded = new SyncToken(Long.parseLong(parts[1]), Instant.ofEpochSecond(Long.parseLong(parts[2])),
                    country ? "" : parts[3]);
        } catch (IllegalArgumentException e) {
            throw gone("is not a sync token of this service");
        }
        if (decoded.changeSeq < 0 || decoded.changeSeq > currentChange || decoded.issuedAt.isAfter(now)) {
            throw gone("is not a sync token of this service");
        }
        if (decoded.issuedAt.plus(lifetime).isBefore(now)) {
            throw gone("has expired (tokens live " + lifetime.toDays() + " days)");
        }
        if (!decoded.scope.equals(scope)) {
            throw new ApiProblem(400, SCOPE_MISMATCH, "Sync token of another scope",
                    "The token was issued for " + describe(decoded.scope) + ", not for " + describe(scope)
                            + ". Send it with the unit and year it was issued for, or sync this scope from the start.",
                    List.of(new FieldError("since", "was issued for " + describe(decoded.scope))));
        }
        return decoded;
    }

    private static String describe(String scope) {
        if (scope.isEmpty()) {
            return "the whole country";
        }
        String[] parts = scope.split("/", -1);
        String unit = parts[0].isEmpty() ? "the whole country" : "unit=" + parts[0];
        return parts.length > 1 && !parts[1].isEmpty() ? unit + ", year=" + parts[1] : unit;
    }

    private static ApiProblem gone(String why) {
        return new ApiProblem(410, "urn:antq:problem:sync-token-gone", "Sync token gone",
                "The token " + why + ". Discard the festivals you hold and sync again without a token.",
                List.of(new FieldError("since", why)));
    }
}
